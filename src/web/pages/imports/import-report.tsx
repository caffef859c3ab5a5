import { Alert, Badge, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/imports/import.schemas.js';
import { ResponsiveTable } from '../../components/responsive-table.js';
import { ImportDuplicates } from '../duplicates/import-duplicates.js';
import { ImportWeakListings } from '../listing-quality/import-weak-listings.js';

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color}>
        {value.toLocaleString('vi-VN')}
      </Text>
    </Paper>
  );
}

/** Counts of what the import did and, row by row, what it refused and why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('imports.report.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Count label={t('imports.report.rows')} value={report.rows} />
        <Count label={t('imports.report.imported')} value={report.imported} color="teal" />
        <Count label={t('imports.report.updated')} value={report.updated} color="blue" />
        <Count label={t('imports.report.unchanged')} value={report.unchanged} />
        <Count label={t('imports.report.rejected')} value={report.rejected.length} color={report.rejected.length > 0 ? 'red' : undefined} />
      </SimpleGrid>
      <ImportDuplicates report={report} />
      <ImportWeakListings report={report} />
      {report.rejected.length === 0 ? (
        <Alert color="teal">{t('imports.report.allGood')}</Alert>
      ) : (
        <>
          <Title order={3} size="h4">
            {t('imports.report.rejectedTitle')}
          </Title>
          <ResponsiveTable minWidth={520} striped withTableBorder aria-label={t('imports.report.rejectedTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.report.line')}</Table.Th>
                <Table.Th>{t('imports.report.externalId')}</Table.Th>
                <Table.Th>{t('imports.report.reasons')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejected.map((row) => (
                <Table.Tr key={`${row.line}-${row.externalId ?? ''}`}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>{row.externalId ?? '—'}</Table.Td>
                  <Table.Td>
                    <List size="sm" spacing={2}>
                      {row.issues.map((issue, index) => (
                        <List.Item key={index}>
                          {issue.column && (
                            <Badge size="sm" variant="light" mr={6} tt="none" title={t('imports.report.column', { column: issue.column })}>
                              {issue.column}
                            </Badge>
                          )}
                          {issue.message[lang]}
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ResponsiveTable>
        </>
      )}
    </Stack>
  );
}
