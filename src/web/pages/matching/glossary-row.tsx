import { Button, Group, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useDeleteGlossaryTerm, useUpdateGlossaryTerm, type GlossaryTerm } from '../../api/glossary.js';
import { GlossarySectorSelect, useSectorLabel } from './glossary-sector-select.js';

/** One pair of terms; "Sửa" turns it into inputs, "Xóa" removes it. */
export function GlossaryRow({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation();
  const update = useUpdateGlossaryTerm();
  const remove = useDeleteGlossaryTerm();
  const sectorLabel = useSectorLabel();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ vi: term.vi, en: term.en, sector: term.sector ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (error: unknown) => {
    if (!applyFieldErrors({ setErrors }, error)) notifications.show({ color: 'red', message: errorText(t, error) });
  };
  const save = () =>
    update.mutate(
      { id: term.id, patch: { vi: draft.vi, en: draft.en, sector: draft.sector || null } },
      {
        onSuccess: () => {
          setEditing(false);
          setErrors({});
        },
        onError,
      },
    );
  const cancel = () => {
    setDraft({ vi: term.vi, en: term.en, sector: term.sector ?? '' });
    setErrors({});
    setEditing(false);
  };
  const input = (field: 'vi' | 'en') => (
    <TextInput
      size="xs"
      aria-label={t(`admin.glossary.${field}`)}
      value={draft[field]}
      error={errors[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [field]: value }));
      }}
    />
  );
  return (
    <Table.Tr>
      <Table.Td>{editing ? input('vi') : term.vi}</Table.Td>
      <Table.Td>{editing ? input('en') : term.en}</Table.Td>
      <Table.Td>
        {editing ? (
          <GlossarySectorSelect
            size="xs"
            aria-label={t('admin.glossary.sector')}
            value={draft.sector}
            error={errors.sector}
            onChange={(sector) => setDraft((d) => ({ ...d, sector }))}
          />
        ) : (
          sectorLabel(term.sector)
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <Group gap={4} wrap="nowrap">
            <Button size="xs" onClick={save} loading={update.isPending}>
              {t('common.save')}
            </Button>
            <Button size="xs" variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        ) : (
          <Group gap={4} wrap="nowrap">
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)} aria-label={t('admin.glossary.editTerm', { term: term.vi })}>
              {t('common.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              aria-label={t('admin.glossary.deleteTerm', { term: term.vi })}
              onClick={() => remove.mutate(term.id, { onSuccess: () => notifications.show({ message: t('admin.glossary.deleted') }), onError })}
            >
              {t('admin.glossary.delete')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
