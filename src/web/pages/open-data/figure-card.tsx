import { Anchor, Card, Group, Progress, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { figureUrl, type FigureRow, type StatisticsFigure } from '../../api/open-data.js';
import type { ReportFilters } from '../../api/reports.js';
import { formatVndShort } from '../../components/connections/vnd.js';
import { MeasureTable } from './measure-table.js';

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
      <MeasureTable
        labelledBy={`figure-${figure}`}
        rows={rows}
        measures={shown}
        keyHeader={t('openData.columns.key')}
        label={label}
        cell={cell}
        minWidth={560}
        extra={
          bars
            ? { header: t('openData.provinceShare'), render: (row) => <Progress value={(row.connections / max) * 100} color="teal" aria-hidden /> }
            : undefined
        }
      />
    </FigureFrame>
  );
}
