import { Alert, Anchor, Table, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/imports/import.schemas.js';
import { ResponsiveTable } from '../../components/responsive-table.js';

/** In an import's report: the records written that likely duplicate others, with a link to the moderators' screen. */
export function ImportDuplicates({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const items = report.likelyDuplicates;
  if (items.length === 0) return null;
  const segment = report.type;
  return (
    <Alert color="orange" variant="light" icon={<IconCopy size={18} />} title={t('duplicates.importTitle', { count: items.length })}>
      <Text size="sm" mb="xs">
        {t('duplicates.importIntro')}{' '}
        <Anchor component={Link} to={`/duplicates?type=${segment === 'offers' ? 'offer' : 'demand'}`}>
          {t('duplicates.importReview')}
        </Anchor>
      </Text>
      <ResponsiveTable minWidth={480} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('duplicates.importRecord')}</Table.Th>
            <Table.Th>{t('duplicates.importLike')}</Table.Th>
            <Table.Th>{t('duplicates.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.id}:${item.duplicateOf.id}`}>
              <Table.Td>
                <Anchor component={Link} to={`/${segment}/${item.id}`}>
                  {item.externalId ?? item.id.slice(0, 8)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/${segment}/${item.duplicateOf.id}`}>
                  {item.duplicateOf.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{Math.round(item.score * 100)}%</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
    </Alert>
  );
}
