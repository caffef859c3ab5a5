import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../api/audit.js';
import { auditLabels } from './audit-labels.js';
import { DateField } from '../../components/date-field.js';

const empty = { action: '', entityType: '', entityId: '', actorId: '', from: '', to: '' };

const options = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));

/** Filters applied on submit, so typing does not fire a query per key. */
export function AuditFiltersForm({ onChange }: { onChange: (filters: AuditFilters) => void }) {
  const { t, i18n } = useTranslation();
  const labels = auditLabels[i18n.language === 'en' ? 'en' : 'vi'];
  const [values, setValues] = useState(empty);
  const set = (key: keyof typeof empty) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: event.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const filters: AuditFilters = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    // An action is stored as "<record>.<what was done>": the two pickers make the code, no one types it.
    if (filters.action) filters.action = `${values.entityType}.${values.action}`;
    // Dates are picked as Vietnam days; the API takes instants.
    if (filters.from) filters.from = new Date(`${filters.from}T00:00:00+07:00`).toISOString();
    if (filters.to) filters.to = new Date(`${filters.to}T23:59:59.999+07:00`).toISOString();
    onChange(filters);
  };
  return (
    <form onSubmit={onSubmit} role="search" aria-label={t('admin.audit.filters')}>
      <Group align="flex-end" wrap="wrap" mb="md" gap="sm">
        <Select
          label={t('admin.audit.entityType')}
          data={options(labels.entities)}
          value={values.entityType || null}
          onChange={(entityType) => setValues({ ...values, entityType: entityType ?? '', action: entityType ? values.action : '' })}
          searchable
          clearable
          w={200}
        />
        <Select
          label={t('admin.audit.action')}
          data={options(labels.verbs)}
          value={values.action || null}
          onChange={(action) => setValues({ ...values, action: action ?? '' })}
          disabled={!values.entityType}
          searchable
          clearable
          w={220}
        />
        <TextInput label={t('admin.audit.entityId')} value={values.entityId} onChange={set('entityId')} w={200} />
        <TextInput label={t('admin.audit.actorId')} value={values.actorId} onChange={set('actorId')} w={200} />
        <DateField label={t('admin.audit.from')} value={values.from} onChange={(from) => setValues({ ...values, from })} w={180} />
        <DateField label={t('admin.audit.to')} value={values.to} onChange={(to) => setValues({ ...values, to })} w={180} />
        <Button type="submit">{t('common.filter')}</Button>
        <Button
          variant="subtle"
          onClick={() => {
            setValues(empty);
            onChange({});
          }}
        >
          {t('common.clear')}
        </Button>
      </Group>
    </form>
  );
}
