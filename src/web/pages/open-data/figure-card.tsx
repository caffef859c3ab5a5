import { Anchor, Box, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { figureUrl, type FigureRow, type StatisticsFigure } from '../../api/open-data.js';
import type { ReportFilters } from '../../api/reports.js';
import { formatVndShort } from '../../components/connections/vnd.js';

const measures = ['connections', 'mous', 'mouValueVnd', 'contracts', 'contractValueVnd', 'demands', 'offers'] as const;
type Measure = (typeof measures)[number];

/** The CSV and JSON links of one figure, with the same filters as the page. */
export function FigureDownloads({ figure, filters }: { figure: StatisticsFigure; filters: ReportFilters }) {
  const { t } = useTranslation();
  const name = t(`openData.figures.${figure}`);
  return (
    <Group gap="xs" data-print-hide>
      <IconDownload size={16} aria-hidden />
      {(['csv', 'json'] as const).map((format) => (
        <Anchor
          key={format}
          href={figureUrl(figure, filters, format)}
          download
          size="sm"
          aria-label={t('openData.downloadLabel', { figure: name, format: format.toUpperCase() })}
        >
          {format.toUpperCase()}
        </Anchor>
      ))}
    </Group>
  );
}

/** A figure's frame: its name, what it counts, its downloads. */
export function FigureFrame({ figure, filters, children }: { figure: StatisticsFigure; filters: ReportFilters; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`figure-${figure}`} className="tb-report-block">
      <Group justify="space-between" align="flex-start" mb={4} wrap="wrap">
        <Title order={2} size="h4" id={`figure-${figure}`}>
          {t(`openData.figures.${figure}`)}
        </Title>
        <FigureDownloads figure={figure} filters={filters} />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`openData.figureCounts.${figure}`)}
      </Text>
      {children}
    </Card>
  );
}

type Props = {
  figure: Exclude<StatisticsFigure, 'funnel'>;
  rows: FigureRow[];
  filters: ReportFilters;
  label: (key: string) => string;
  bars?: boolean;
  /** A chart shown above the table. */
  chart?: ReactNode;
};

/** One figure as a table (cards on a phone), every measure in its own column; a province table shows bars beside the counts. */
export function FigureCard({ figure, rows, filters, label, bars, chart }: Props) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 37.5em)');
  const number = (value: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(value);
  const shown = measures.filter((m) => rows.some((r) => r[m] !== null));
  const cell = (row: FigureRow, m: Measure) => {
    const value = row[m];
    if (value === null) return '—';
    return m.endsWith('ValueVnd') ? (value ? formatVndShort(value, i18n.language) : '0') : number(value);
  };
  const max = Math.max(1, ...rows.map((r) => r.connections));
  if (rows.length === 0)
    return (
      <FigureFrame figure={figure} filters={filters}>
        <Text size="sm">{t('openData.empty')}</Text>
      </FigureFrame>
    );
  return (
    <FigureFrame figure={figure} filters={filters}>
      {chart}
      {phone ? (
        <Stack gap="xs">
          {rows.map((row) => (
            <Card key={row.key} withBorder padding="xs" radius="sm">
              <Text fw={600} size="sm">
                {label(row.key)}
              </Text>
              {shown.map((m) => (
                <Group key={m} justify="space-between" gap="xs">
                  <Text size="sm" c="dimmed">
                    {t(`openData.columns.${m}`)}
                  </Text>
                  <Text size="sm">{cell(row, m)}</Text>
                </Group>
              ))}
            </Card>
          ))}
        </Stack>
      ) : (
        // A plain scrolling box that takes focus, so a keyboard can scroll a wide table (WCAG 2.1.1).
        <Box style={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-labelledby={`figure-${figure}`}>
          <Table striped highlightOnHover miw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('openData.columns.key')}</Table.Th>
                {shown.map((m) => (
                  <Table.Th key={m} scope="col" ta="right">
                    {t(`openData.columns.${m}`)}
                  </Table.Th>
                ))}
                {bars && <Table.Th scope="col">{t('openData.provinceShare')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    {label(row.key)}
                  </Table.Th>
                  {shown.map((m) => (
                    <Table.Td key={m} ta="right">
                      {cell(row, m)}
                    </Table.Td>
                  ))}
                  {bars && (
                    <Table.Td w={140}>
                      <Progress value={(row.connections / max) * 100} color="teal" aria-hidden />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </FigureFrame>
  );
}
