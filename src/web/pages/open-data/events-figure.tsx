import { Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { PublicStatistics } from '../../api/open-data.js';
import type { ReportFilters } from '../../api/reports.js';
import { FigureFrame } from './figure-card.js';

const measures = ['events', 'registrations', 'meetings'] as const;

/** Matchmaking events by the year they start: a table (cards on a phone) of the years that had any. */
export function EventsFigure({ rows, filters }: { rows: PublicStatistics['events']; filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 37.5em)');
  const number = (value: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(value);
  const shown = rows.filter((r) => r.events > 0);
  return (
    <FigureFrame figure="events" filters={filters}>
      {shown.length === 0 ? (
        <Text size="sm">{t('openData.empty')}</Text>
      ) : phone ? (
        <Stack gap="xs">
          {shown.map((row) => (
            <Card key={row.key} withBorder padding="xs" radius="sm">
              <Text fw={600} size="sm">
                {row.key}
              </Text>
              {measures.map((m) => (
                <Group key={m} justify="space-between" gap="xs">
                  <Text size="sm" c="dimmed">
                    {t(`openData.columns.${m}`)}
                  </Text>
                  <Text size="sm" data-event-measure={m}>
                    {number(row[m])}
                  </Text>
                </Group>
              ))}
            </Card>
          ))}
        </Stack>
      ) : (
        <Box style={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-labelledby="figure-events">
          <Table striped highlightOnHover miw={420}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('openData.columns.year')}</Table.Th>
                {measures.map((m) => (
                  <Table.Th key={m} scope="col" ta="right">
                    {t(`openData.columns.${m}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    {row.key}
                  </Table.Th>
                  {measures.map((m) => (
                    <Table.Td key={m} ta="right" data-event-measure={m}>
                      {number(row[m])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </FigureFrame>
  );
}
