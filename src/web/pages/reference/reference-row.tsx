import { Button, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useUpdateReferenceItem, type ReferenceItem } from '../../api/reference.js';

/** One reference entry; "Sửa" turns its names into inputs, the switch saves at once. */
export function ReferenceRow({ item }: { item: ReferenceItem }) {
  const { t } = useTranslation();
  const update = useUpdateReferenceItem(item.category);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(item.name);
  const [nameEn, setNameEn] = useState(item.nameEn);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (error: unknown) => {
    if (!applyFieldErrors({ setErrors }, error)) notifications.show({ color: 'red', message: errorText(t, error) });
  };
  const save = () =>
    update.mutate(
      { code: item.code, patch: { name, nameEn } },
      {
        onSuccess: () => {
          setEditing(false);
          setErrors({});
        },
        onError,
      },
    );
  const cancel = () => {
    setName(item.name);
    setNameEn(item.nameEn);
    setErrors({});
    setEditing(false);
  };
  return (
    <Table.Tr>
      <Table.Td>
        <Text ff="monospace" size="sm">
          {item.code}
        </Text>
      </Table.Td>
      <Table.Td>
        {editing ? (
          <TextInput size="xs" aria-label={t('admin.reference.name')} value={name} error={errors.name} onChange={(e) => setName(e.currentTarget.value)} />
        ) : (
          item.name
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <TextInput
            size="xs"
            aria-label={t('admin.reference.nameEn')}
            value={nameEn}
            error={errors.nameEn}
            onChange={(e) => setNameEn(e.currentTarget.value)}
          />
        ) : (
          item.nameEn
        )}
      </Table.Td>
      <Table.Td>
        <Switch
          checked={item.active}
          aria-label={t('admin.reference.activeFor', { code: item.code })}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ code: item.code, patch: { active: event.currentTarget.checked } }, { onError })}
        />
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
          <Button size="xs" variant="subtle" onClick={() => setEditing(true)} aria-label={t('admin.reference.editCode', { code: item.code })}>
            {t('common.edit')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
