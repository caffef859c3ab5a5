import { Button, Group, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferenceItems } from '../../api/reference.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { ResponsiveTable } from '../../components/responsive-table.js';
import { ReferenceCreateModal } from './reference-create-modal.js';
import { ReferenceRow } from './reference-row.js';

export function ReferenceTable({ category }: { category: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const items = useReferenceItems(category, debounced);
  const [creating, setCreating] = useState(false);
  const categoryLabel = t(`admin.reference.categories.${category}`, { defaultValue: category });
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md">
        <TextInput
          label={t('admin.reference.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          maw={360}
          style={{ flex: 1 }}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('admin.reference.create')}
        </Button>
      </Group>
      {creating && <ReferenceCreateModal category={category} categoryLabel={categoryLabel} onClose={() => setCreating(false)} />}
      {items.isLoading && <LoadingState lines={6} />}
      {items.isError && <ErrorState error={items.error} onRetry={() => void items.refetch()} />}
      {items.data?.length === 0 && <EmptyState title={t('common.nothingFound')} />}
      {items.data && items.data.length > 0 && (
        <ResponsiveTable minWidth={720} verticalSpacing="xs" aria-label={categoryLabel}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('admin.reference.code')}</Table.Th>
              <Table.Th>{t('admin.reference.name')}</Table.Th>
              <Table.Th>{t('admin.reference.nameEn')}</Table.Th>
              <Table.Th w={90}>{t('admin.reference.active')}</Table.Th>
              <Table.Th w={150}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.data.map((item) => (
              <ReferenceRow key={item.code} item={item} />
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
    </>
  );
}
