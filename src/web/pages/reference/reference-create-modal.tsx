import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useCreateReferenceItem } from '../../api/reference.js';
import { validators } from '../../lib/validators.js';

type Props = { category: string; categoryLabel: string; onClose: () => void };

/** Adds an entry to a reference list (a new VSIC code, S&T field, …); the code cannot change afterwards. */
export function ReferenceCreateModal({ category, categoryLabel, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateReferenceItem(category);
  const check = validators(t);
  const form = useForm({
    initialValues: { code: '', name: '', nameEn: '', parentCode: '' },
    validate: { code: (value) => (value.trim() ? null : t('validation.required')), name: check.name, nameEn: check.name },
  });
  const onSubmit = form.onSubmit((values) =>
    create.mutate(
      { code: values.code.trim(), name: values.name, nameEn: values.nameEn, parentCode: values.parentCode.trim() || undefined },
      { onSuccess: onClose, onError: (error) => applyFieldErrors(form, error) },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={t('admin.reference.createTitle', { category: categoryLabel })}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {create.isError && Object.keys(form.errors).length === 0 && (
            <Alert color="red" role="alert">
              {errorText(t, create.error)}
            </Alert>
          )}
          <TextInput label={t('admin.reference.code')} description={t('admin.reference.codeHint')} required {...form.getInputProps('code')} />
          <TextInput label={t('admin.reference.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('admin.reference.nameEn')} required {...form.getInputProps('nameEn')} />
          <TextInput label={t('admin.reference.parentCode')} description={t('admin.reference.parentCodeHint')} {...form.getInputProps('parentCode')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
