import '@mantine/charts/styles.css';
import '../reports/report-print.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconApi, IconPrinter } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicStatistics, type PublicStatistics } from '../../api/open-data.js';
import { useCodeLabels, useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { formatVndShort } from '../../components/connections/vnd.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ReportFilters } from '../../components/reports/report-filters.js';
import { useReportFilters } from '../reports/use-report-filters.js';
import { EventsFigure } from './events-figure.js';
import { FigureCard, FigureFrame } from './figure-card.js';

const kpis = ['connections', 'mous', 'contracts', 'demands', 'offers'] as const;

function Kpis({ stats }: { stats: PublicStatistics }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(value);
  const totals = stats.totals;
  const value = { connections: totals.connections, mous: totals.mous, contracts: totals.contracts, demands: totals.demands ?? 0, offers: totals.offers ?? 0 };
  const amount = { mous: totals.mouValueVnd, contracts: totals.contractValueVnd } as Record<string, number | undefined>;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      {kpis.map((key) => (
        <Card key={key} withBorder radius="md" padding="md" role="group" aria-label={t(`openData.kpi.${key}`)}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(`openData.kpi.${key}`)}
          </Text>
          <Text fz={28} fw={700} lh={1.2} data-kpi={key}>
            {number(value[key])}
          </Text>
          {amount[key] !== undefined && (
            <Text size="sm" c="teal.8" fw={600}>
              {formatVndShort(amount[key], i18n.language)}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            {t(`openData.counts.${key}`)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** /statistics — the network's public figures, by year, province, sector, channel and partner country; no sign-in. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const { filters, setFilters } = useReportFilters();
  const stats = usePublicStatistics(filters);
  const province = useProvinceLabels();
  const sector = useCodeLabels('vsic-section');
  const country = useCodeLabels('country');
  const unknown = t('openData.unknown');
  const provinceLabel = useCallback((code: string) => (code ? province(code) : unknown), [province, unknown]);
  const sectorLabel = useCallback((code: string) => (code ? `${code} – ${sector(code)}` : unknown), [sector, unknown]);
  const countryLabel = useCallback((code: string) => (code ? country(code) : t('openData.domestic')), [country, t]);
  const channelLabel = useCallback((code: string) => (code ? t(`connections.channels.${code}`, { defaultValue: code }) : t('openData.noChannel')), [t]);
  const period = filters.from === filters.to ? String(filters.from) : `${filters.from}–${filters.to}`;
  const data = stats.data;
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Group gap="xs" data-print-hide>
            <Button component="a" href="/api/docs" variant="light" leftSection={<IconApi size={18} />}>
              {t('openData.openApi')}
            </Button>
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
              {t('openData.print')}
            </Button>
          </Group>
        }
      >
        {t('openData.title')}
      </PageTitle>
      <Text size="sm">{t('openData.intro')}</Text>
      <Text c="dimmed" size="sm">
        {t('openData.period', { period })} · {filters.province ? province(filters.province) : t('openData.national')}
      </Text>
      <ReportFilters filters={filters} onChange={setFilters} coveredProvinces={null} />
      {stats.isLoading && <LoadingState lines={6} />}
      {stats.isError && <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />}
      {data && (
        <Stack gap="md" style={{ opacity: stats.isPlaceholderData ? 0.6 : 1 }} aria-busy={stats.isFetching}>
          <Kpis stats={data} />
          <FigureCard
            figure="byYear"
            rows={data.byYear}
            filters={filters}
            label={(key) => key}
            chart={
              <BarChart
                h={260}
                maxBarWidth={40}
                yAxisProps={{ allowDecimals: false }}
                data={data.byYear.map((r) => ({ year: r.key, connections: r.connections, mous: r.mous, contracts: r.contracts }))}
                dataKey="year"
                withLegend
                series={[
                  { name: 'connections', label: t('openData.columns.connections'), color: 'teal.6' },
                  { name: 'mous', label: t('openData.columns.mous'), color: 'blue.6' },
                  { name: 'contracts', label: t('openData.columns.contracts'), color: 'orange.6' },
                ]}
                aria-label={t('openData.chartByYear')}
                mb="md"
              />
            }
          />
          <FigureCard figure="byProvince" rows={data.byProvince} filters={filters} label={provinceLabel} bars />
          <FigureCard figure="bySector" rows={data.bySector} filters={filters} label={sectorLabel} />
          <FigureCard figure="byChannel" rows={data.byChannel} filters={filters} label={channelLabel} />
          <FigureCard figure="byCountry" rows={data.byCountry} filters={filters} label={countryLabel} />
          <FigureFrame figure="funnel" filters={filters}>
            <BarChart
              h={260}
              data={data.funnel.map((r) => ({ stage: t(`connections.stages.${r.stage}`, { defaultValue: r.stage }), count: r.count }))}
              dataKey="stage"
              orientation="vertical"
              yAxisProps={{ width: 150 }}
              xAxisProps={{ allowDecimals: false }}
              series={[{ name: 'count', label: t('openData.columns.count'), color: 'blue.6' }]}
              withBarValueLabel
            />
          </FigureFrame>
          <EventsFigure rows={data.events} filters={filters} />
          <Text size="xs" c="dimmed">
            {t('openData.licence', { licence: 'CC BY 4.0' })}{' '}
            <Anchor href="https://creativecommons.org/licenses/by/4.0/" size="xs" underline="always">
              creativecommons.org/licenses/by/4.0
            </Anchor>
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
