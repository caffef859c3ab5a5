import '@mantine/charts/styles.css';
import './report-print.css';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.js';
import { networkWorkbookUrl, useNetworkReport } from '../../api/reports.js';
import { useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { KpiCards } from '../../components/reports/kpi-cards.js';
import { ReportCharts } from '../../components/reports/report-charts.js';
import { ReportFilters } from '../../components/reports/report-filters.js';
import { CountryTable, EventsTable, ProvinceTable } from '../../components/reports/report-tables.js';
import { useReportFilters } from './use-report-filters.js';

/** /reports — the network dashboard: national for the agency, a connection point's provinces for its staff. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const national = !!me.data?.abilities.seeNationalReports;
  const allowed = !!me.data?.abilities.seeReports;
  const { filters, setFilters } = useReportFilters();
  const report = useNetworkReport(filters, allowed);
  const province = useProvinceLabels(report.data?.scope.level ?? filters.level);
  if (me.isLoading) return <LoadingState />;
  if (!allowed) return <Alert color="yellow">{t('reports.staffOnly')}</Alert>;
  const scope = report.data?.scope;
  const scopeText = !scope
    ? ''
    : scope.national
      ? t('reports.scope.national')
      : t('reports.scope.provinces', { provinces: scope.provinces.map(province).join(', ') });
  const period = filters.from === filters.to ? String(filters.from) : `${filters.from}–${filters.to}`;
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Group gap="xs" data-print-hide>
            <Button component="a" href={networkWorkbookUrl(filters)} download variant="light" leftSection={<IconFileSpreadsheet size={18} />}>
              {t('reports.exportExcel')}
            </Button>
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
              {t('reports.print')}
            </Button>
          </Group>
        }
      >
        {t('reports.title')}
      </PageTitle>
      <Text c="dimmed" size="sm">
        {t('reports.period', { period })} · {scopeText}
      </Text>
      <ReportFilters filters={filters} onChange={setFilters} coveredProvinces={national ? null : (me.data?.connectionPointProvinces ?? [])} />
      {report.isLoading && <LoadingState lines={6} />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <Stack gap="md" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} aria-busy={report.isFetching}>
          <KpiCards report={report.data} />
          <ReportCharts report={report.data} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <CountryTable report={report.data} />
            <ProvinceTable report={report.data} />
          </SimpleGrid>
          <EventsTable report={report.data} />
        </Stack>
      )}
    </Stack>
  );
}
