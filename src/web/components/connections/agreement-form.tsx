import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../money-input.js';
import { agreementKinds } from '../../../domain/connections/agreement-rules.js';
import { useRecordAgreement, type ConnectionDetail } from '../../api/connections.js';
import { applyFieldErrors } from '../../api/form-errors.js';
import { agreementBody, initialAgreementValues, type AgreementFormValues } from './agreement-form-values.js';
import { AgreementPartiesField } from './agreement-parties-field.js';
import { connectionErrorText } from './connection-error.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';
import { useReferenceOptions } from './use-reference-options.js';
import { DateField } from '../date-field.js';

type Props = { connection: ConnectionDetail; opened: boolean; onClose: () => void };

/** Records an MoU or a contract: parties, value, date, what is transferred and how (Law 07/2017/QH14). */
export function AgreementForm({ connection, opened, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const record = useRecordAgreement(connection.id);
  const rights = useReferenceOptions('transfer-right');
  const forms = useReferenceOptions('transfer-form');
  const modes = useReferenceOptions('transfer-mode');
  const contents = useReferenceOptions('contract-content');
  const form = useForm<AgreementFormValues>({
    initialValues: initialAgreementValues(connection, vietnamToday()),
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      signedOn: (v) => (v ? null : t('validation.required')),
      valueVnd: (v) => (v !== '' && Number(v) < 0 ? t('connections.agreements.valueNegative') : null),
      transferRight: (v, values) => (values.kind === 'transfer-contract' && !v ? t('connections.agreements.rightRequired') : null),
    },
  });
  const isContract = form.values.kind !== 'mou';
  const missing = contents.filter((c) => !form.values.checklist.includes(c.value));
  const close = () => {
    record.reset();
    form.setValues(initialAgreementValues(connection, vietnamToday()));
    onClose();
  };
  const submit = form.onSubmit((values) => record.mutate(agreementBody(values), { onSuccess: close, onError: (error) => applyFieldErrors(form, error) }));
  return (
    <Modal opened={opened} onClose={close} title={t('connections.agreements.add')} size="xl" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {record.isError && (
            <Alert color="red" role="alert">
              {connectionErrorText(t, record.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('connections.agreements.kind')}
              data={agreementKinds.map((k) => ({ value: k, label: t(`connections.agreements.kinds.${k}`) }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('kind')}
            />
            <DateField label={t('connections.agreements.signedOn')} max={vietnamToday()} withAsterisk {...form.getInputProps('signedOn')} />
          </SimpleGrid>
          <TextInput label={t('connections.agreements.titleLabel')} withAsterisk maxLength={300} {...form.getInputProps('title')} />
          <MoneyInput label={t('connections.agreements.valueVnd')} {...form.getInputProps('valueVnd')} />
          <AgreementPartiesField form={form} />
          {isContract && (
            <>
              <Select
                label={t('connections.agreements.transferRight')}
                data={rights}
                clearable
                withAsterisk={form.values.kind === 'transfer-contract'}
                {...form.getInputProps('transferRight')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <MultiSelect label={t('connections.agreements.transferForms')} data={forms} clearable {...form.getInputProps('transferForms')} />
                <MultiSelect label={t('connections.agreements.transferModes')} data={modes} clearable {...form.getInputProps('transferModes')} />
              </SimpleGrid>
              <Checkbox.Group
                label={t('connections.agreements.checklist')}
                description={t('connections.agreements.checklistHint')}
                {...form.getInputProps('checklist')}
              >
                <Stack gap={6} mt="xs">
                  {contents.map((c) => (
                    <Checkbox key={c.value} value={c.value} label={c.label} />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Text size="sm" c={missing.length ? 'orange.8' : 'teal.8'} aria-live="polite">
                {missing.length ? t('connections.agreements.missing', { count: missing.length }) : t('connections.agreements.complete')}
              </Text>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('connections.agreements.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
