import { Button, Group, Stack, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useUpdateProvince, type CurrentProvince } from '../../api/reference.js';

export function ProvinceRow({ province }: { province: CurrentProvince }) {
  const { t } = useTranslation();
  const update = useUpdateProvince();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ name: province.name, nameEn: province.nameEn, aliases: province.aliases ?? [] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = () =>
    update.mutate(
      { code: province.code, patch: draft },
      {
        onSuccess: () => setEditing(false),
        onError: (error) => {
          if (!applyFieldErrors({ setErrors }, error)) notifications.show({ color: 'red', message: errorText(t, error) });
        },
      },
    );
  return (
    <Table.Tr>
      <Table.Td>
        <Text ff="monospace" size="sm">
          {province.code}
        </Text>
      </Table.Td>
      <Table.Td>
        {editing ? (
          <Stack gap={4}>
            <TextInput
              size="xs"
              aria-label={t('admin.reference.name')}
              value={draft.name}
              error={errors.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
            <TextInput
              size="xs"
              aria-label={t('admin.reference.nameEn')}
              value={draft.nameEn}
              error={errors.nameEn}
              onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })}
            />
          </Stack>
        ) : (
          <>
            <Text size="sm">{province.name}</Text>
            <Text size="xs" c="dimmed">
              {province.nameEn}
            </Text>
          </>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <TagsInput
            size="xs"
            aria-label={t('admin.reference.aliases')}
            value={draft.aliases}
            error={errors.aliases}
            onChange={(aliases) => setDraft({ ...draft, aliases })}
          />
        ) : (
          <Text size="xs">{(province.aliases ?? []).join(', ') || '—'}</Text>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <Group gap={4} wrap="nowrap">
            <Button size="xs" onClick={save} loading={update.isPending}>
              {t('common.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        ) : (
          <Button size="xs" variant="subtle" onClick={() => setEditing(true)} aria-label={t('admin.reference.editCode', { code: province.code })}>
            {t('common.edit')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
