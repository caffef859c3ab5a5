import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffRecords } from '../../lib/diff-records.js';

function show(value: unknown) {
  if (value === undefined || value === null)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    );
  return (
    <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {typeof value === 'string' ? value : JSON.stringify(value, null, 1)}
    </Code>
  );
}

/** Only the fields that changed, old value beside new. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = diffRecords(before, after);
  if (changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('admin.audit.noChanges')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing={4} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="20%">{t('admin.audit.field')}</Table.Th>
            <Table.Th>{t('admin.audit.before')}</Table.Th>
            <Table.Th>{t('admin.audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {change.field}
                </Text>
              </Table.Td>
              <Table.Td bg="red.0">{show(change.before)}</Table.Td>
              <Table.Td bg="teal.0">{show(change.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
