import { BarChart, DonutChart } from '@mantine/charts';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkReport } from '../../api/reports.js';
import { useCodeLabels } from '../catalogue/use-code-labels.js';

const palette = ['teal.6', 'blue.6', 'orange.6', 'grape.6', 'yellow.6', 'red.6', 'cyan.6', 'lime.7'];

export function ChartCard({ title, children, caption }: { title: string; children: ReactNode; caption?: string }) {
  return (
    <Card withBorder radius="md" padding="md" component="figure" m={0} aria-label={title} className="tb-report-block">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
      {caption && (
        <Text size="xs" c="dimmed" mt="xs" component="figcaption">
          {caption}
        </Text>
      )}
    </Card>
  );
}

/** Connections by year (bars), by channel (donut) and the stage funnel (bars, with declined and stalled). */
export function ReportCharts({ report }: { report: NetworkReport }) {
  const { t } = useTranslation();
  const c = report.connections;
  const count = t('reports.charts.count');
  const channels = c.byChannel.map((row, i) => ({
    name: t(`connections.channels.${row.channel}`, { defaultValue: row.channel }),
    value: row.count,
    color: palette[i % palette.length],
  }));
  const funnel = c.funnel.map((row) => ({ stage: t(`connections.stages.${row.stage}`, { defaultValue: row.stage }), count: row.count }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard title={t('reports.charts.byYear')}>
        <BarChart
          h={240}
          maxBarWidth={56}
          yAxisProps={{ allowDecimals: false }}
          data={c.byYear.map((r) => ({ year: String(r.year), count: r.count }))}
          dataKey="year"
          series={[{ name: 'count', label: count, color: 'teal.6' }]}
          withBarValueLabel
        />
      </ChartCard>
      <ChartCard title={t('reports.charts.byChannel')}>
        {channels.length ? (
          <DonutChart h={240} data={channels} withLabels withLabelsLine withTooltip chartLabel={c.total} mx="auto" />
        ) : (
          <Text size="sm" c="dimmed">
            {t('reports.noData')}
          </Text>
        )}
        <Text size="sm" mt="xs">
          {channels.map((ch) => `${ch.name}: ${ch.value}`).join(' · ')}
        </Text>
      </ChartCard>
      <ChartCard title={t('reports.charts.funnel')} caption={t('reports.charts.funnelCaption', { declined: c.declined, stalled: c.stalled })}>
        <BarChart
          h={260}
          data={funnel}
          dataKey="stage"
          orientation="vertical"
          yAxisProps={{ width: 130 }}
          xAxisProps={{ allowDecimals: false }}
          series={[{ name: 'count', label: count, color: 'blue.6' }]}
          withBarValueLabel
        />
      </ChartCard>
      <CountryChart report={report} />
    </SimpleGrid>
  );
}

/** Connections with foreign partners by country (names in the UI language). */
function CountryChart({ report }: { report: NetworkReport }) {
  const { t } = useTranslation();
  const country = useCodeLabels('country');
  const data = report.connections.byCountry.map((r) => ({ country: country(r.country), count: r.count }));
  return (
    <ChartCard title={t('reports.charts.byCountry')}>
      {data.length ? (
        <BarChart
          h={240}
          maxBarWidth={56}
          yAxisProps={{ allowDecimals: false }}
          data={data}
          dataKey="country"
          series={[{ name: 'count', label: t('reports.charts.count'), color: 'orange.6' }]}
          withBarValueLabel
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('reports.noData')}
        </Text>
      )}
    </ChartCard>
  );
}
