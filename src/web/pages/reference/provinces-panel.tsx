import { SimpleGrid, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentProvinces, useLegacyProvinces } from '../../api/reference.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { ResponsiveTable } from '../../components/responsive-table.js';
import { ProvinceRow } from './province-row.js';

/** The 34 current provinces (editable names and aliases) and the 63 legacy ones with where each went. */
export function ProvincesPanel() {
  const { t } = useTranslation();
  const current = useCurrentProvinces();
  const legacy = useLegacyProvinces();
  const nameOf = (code: string) => current.data?.find((p) => p.code === code)?.name ?? code;
  if (current.isLoading || legacy.isLoading) return <LoadingState lines={8} />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('admin.reference.currentProvinces', { count: current.data?.length ?? 0 })}
        </Title>
        <ResponsiveTable minWidth={560} verticalSpacing="xs" aria-label={t('admin.reference.currentProvinces', { count: current.data?.length ?? 0 })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.reference.code')}</Table.Th>
              <Table.Th>{t('admin.reference.name')}</Table.Th>
              <Table.Th>{t('admin.reference.aliases')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {current.data?.map((province) => (
              <ProvinceRow key={province.code} province={province} />
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      </section>
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('admin.reference.legacyProvinces', { count: legacy.data?.length ?? 0 })}
        </Title>
        <ResponsiveTable minWidth={420} verticalSpacing={4} striped aria-label={t('admin.reference.legacyProvinces', { count: legacy.data?.length ?? 0 })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.reference.code')}</Table.Th>
              <Table.Th>{t('admin.reference.legacyName')}</Table.Th>
              <Table.Th>{t('admin.reference.mergedInto')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {legacy.data?.map((old) => (
              <Table.Tr key={old.code}>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {old.code}
                  </Text>
                </Table.Td>
                <Table.Td>{old.name}</Table.Td>
                <Table.Td>→ {nameOf(old.mergedInto)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      </section>
    </SimpleGrid>
  );
}
