import { Alert, Anchor, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/imports/import.schemas.js';
import { ResponsiveTable } from '../../components/responsive-table.js';

/** In an import's report: the records written under the publication threshold, with their score and what they miss. */
export function ImportWeakListings({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const items = report.weakListings;
  if (items.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('listingQuality.importTitle', { count: items.length })}>
      <Text size="sm" mb="xs">
        {t('listingQuality.importIntro')}
      </Text>
      <ResponsiveTable minWidth={420} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('listingQuality.importRecord')}</Table.Th>
            <Table.Th>{t('listingQuality.importScore')}</Table.Th>
            <Table.Th>{t('listingQuality.missing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`/${report.type}/${item.id}`}>
                  {item.externalId ?? item.id.slice(0, 8)}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.score}/20</Table.Td>
              <Table.Td>{item.missing.map((m) => t(`listingQuality.items.${m}`)).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
    </Alert>
  );
}
