import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useSaveConnectionPoint, type ConnectionPoint } from '../../api/connection-points.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useHostOrganisations } from '../../api/host-organisations.js';
import { ProvinceMultiSelect } from '../../components/province-multi-select.js';
import { foldFilter } from '../../lib/fold-filter.js';
import { validators } from '../../lib/validators.js';

const filter = foldFilter();

type Props = { point: ConnectionPoint | null; onClose: () => void };

/** Creates a connection point or edits its names and the provinces it covers. */
export function ConnectionPointModal({ point, onClose }: Props) {
  const { t } = useTranslation();
  const hosts = useHostOrganisations();
  const save = useSaveConnectionPoint();
  const check = validators(t);
  const form = useForm({
    initialValues: {
      hostOrganisationId: point?.hostOrganisation.id ?? '',
      nameVi: point?.nameVi ?? '',
      nameEn: point?.nameEn ?? '',
      provinces: point?.provinces.map((p) => p.code) ?? [],
    },
    validate: {
      hostOrganisationId: check.required,
      nameVi: check.name,
      provinces: (value) => (value.length === 0 ? t('validation.required') : null),
    },
  });
  const hostOptions = (hosts.data ?? []).map((org) => ({ value: org.id, label: org.nameVi }));
  if (point && !hostOptions.some((o) => o.value === point.hostOrganisation.id)) {
    hostOptions.push({ value: point.hostOrganisation.id, label: point.hostOrganisation.nameVi });
  }
  const onSubmit = form.onSubmit((values) =>
    save.mutate(
      point
        ? { id: point.id, input: { nameVi: values.nameVi, nameEn: values.nameEn.trim() || null, provinces: values.provinces, version: point.version } }
        : { input: { ...values, nameEn: values.nameEn.trim() || null } },
      { onSuccess: onClose, onError: (error) => applyFieldErrors(form, error) },
    ),
  );
  const conflict = save.error instanceof ApiError && save.error.code === 'VERSION_CONFLICT';
  return (
    <Modal opened onClose={onClose} title={point ? t('admin.points.editTitle') : t('admin.points.create')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {save.isError && Object.keys(form.errors).length === 0 && (
            <Alert color={conflict ? 'orange' : 'red'} role="alert">
              {conflict ? t('organisations.conflictText') : errorText(t, save.error)}
            </Alert>
          )}
          <Select
            label={t('admin.points.host')}
            description={t('admin.points.hostHint')}
            searchable
            filter={filter}
            data={hostOptions}
            disabled={Boolean(point)}
            required
            {...form.getInputProps('hostOrganisationId')}
          />
          <TextInput label={t('admin.points.nameVi')} required {...form.getInputProps('nameVi')} />
          <TextInput label={t('admin.points.nameEn')} {...form.getInputProps('nameEn')} />
          <ProvinceMultiSelect label={t('admin.points.provinces')} required {...form.getInputProps('provinces')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
