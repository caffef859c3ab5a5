import { Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<Row extends { key: string }, Measure extends string> = {
  /** The id of the figure's title, which names the table's scrolling box. */
  labelledBy: string;
  rows: Row[];
  measures: readonly Measure[];
  /** The heading of the first column (what a row is: a year, a province…). */
  keyHeader: string;
  label: (key: string) => string;
  cell: (row: Row, measure: Measure) => ReactNode;
  minWidth: number;
  /** A last column after the measures (on a desktop only), such as a bar. */
  extra?: { header: string; render: (row: Row) => ReactNode };
};

/** A figure's rows as a table, every measure in its own column, or as one card a row on a phone. */
export function MeasureTable<Row extends { key: string }, Measure extends string>({
  labelledBy,
  rows,
  measures,
  keyHeader,
  label,
  cell,
  minWidth,
  extra,
}: Props<Row, Measure>) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 37.5em)');
  if (phone)
    return (
      <Stack gap="xs">
        {rows.map((row) => (
          <Card key={row.key} withBorder padding="xs" radius="sm">
            <Text fw={600} size="sm">
              {label(row.key)}
            </Text>
            {measures.map((m) => (
              <Group key={m} justify="space-between" gap="xs">
                <Text size="sm" c="dimmed">
                  {t(`openData.columns.${m}`)}
                </Text>
                <Text size="sm" data-measure={m}>
                  {cell(row, m)}
                </Text>
              </Group>
            ))}
          </Card>
        ))}
      </Stack>
    );
  return (
    // A plain scrolling box that takes focus, so a keyboard can scroll a wide table (WCAG 2.1.1).
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-labelledby={labelledBy}>
      <Table striped highlightOnHover miw={minWidth}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{keyHeader}</Table.Th>
            {measures.map((m) => (
              <Table.Th key={m} scope="col" ta="right">
                {t(`openData.columns.${m}`)}
              </Table.Th>
            ))}
            {extra && <Table.Th scope="col">{extra.header}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {label(row.key)}
              </Table.Th>
              {measures.map((m) => (
                <Table.Td key={m} ta="right" data-measure={m}>
                  {cell(row, m)}
                </Table.Td>
              ))}
              {extra && <Table.Td w={140}>{extra.render(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
