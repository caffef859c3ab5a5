import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useForeignQueue } from '../../api/foreign-search.js';
import { useCountryReport, type CountryReport } from '../../api/reports.js';
import { useCodeLabels } from '../../components/catalogue/use-code-labels.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { KpiCard, type Kpi } from '../../components/reports/kpi-cards.js';
import { PeriodFilter } from '../../components/reports/report-filters.js';
import { CountryFilter } from './country-filter.js';

const yearOf = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

/** Country and period kept in the address; without a period the figures are this year's. */
function useFigureFilters(defaultCountry: string | null) {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const from = yearOf(params.get('from'));
  const to = yearOf(params.get('to'));
  const filters = { country: params.get('country') ?? defaultCountry, from: from ?? to ?? thisYear, to: to ?? from ?? thisYear };
  const setFilters = (next: typeof filters) => {
    const query: Record<string, string> = { from: String(next.from), to: String(next.to) };
    if (next.country) query.country = next.country;
    setParams(query, { replace: true });
  };
  return { filters, setFilters };
}

function Figures({ report, countryName }: { report: CountryReport; countryName: string }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(value);
  const params = { country: countryName };
  const o = report.outcomes;
  const kpis: Kpi[] = [
    { key: 'countryDemandsSeeking', value: n(report.demandsSeeking) },
    { key: 'countryDemandsWaiting', value: n(report.demandsWaiting) },
    { key: 'countryForeignOffers', value: n(report.foreignOffersRecorded) },
    { key: 'countryOffersCollected', value: n(report.offersCollected) },
    { key: 'countryConnections', value: n(report.connections.total) },
    { key: 'mous', value: n(o.mou.connections), amount: o.mou.valueVnd },
    { key: 'contracts', value: n(o.contract.connections), amount: o.contract.valueVnd },
    { key: 'transferred', value: n(o.transferred.connections) },
  ].map((kpi) => ({ ...kpi, params }));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {kpis.map((kpi) => (
          <KpiCard key={kpi.key} kpi={kpi} />
        ))}
      </SimpleGrid>
      {report.connections.byYear.length > 1 && (
        <Card withBorder radius="md" padding="md">
          <Title order={2} size="h4" mb="xs">
            {t('foreignSearch.figures.byYear', params)}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('foreignSearch.figures.year')}</Table.Th>
                <Table.Th ta="right">{t('foreignSearch.figures.connections')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.connections.byYear.map((row) => (
                <Table.Tr key={row.year}>
                  <Table.Td>{row.year}</Table.Td>
                  <Table.Td ta="right">{n(row.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}

/** /foreign-search/figures — a representative office's figures for its own country (the agency: any country), by year. */
export function CountryFiguresPage() {
  const { t } = useTranslation();
  const countryName = useCodeLabels('country');
  const covered = useForeignQueue();
  const { filters, setFilters } = useFigureFilters(covered.countries?.[0] ?? null);
  const report = useCountryReport(filters);
  const period = filters.from === filters.to ? String(filters.from) : `${filters.from}–${filters.to}`;
  return (
    <Stack gap="md">
      <PageTitle>{t('foreignSearch.figures.title')}</PageTitle>
      <Text c="dimmed" size="sm">
        {filters.country ? t('foreignSearch.figures.lead', { country: countryName(filters.country), period }) : t('foreignSearch.figures.chooseCountry')}
        {' · '}
        <Anchor component={Link} underline="always" to={filters.country ? `/foreign-search?country=${filters.country}` : '/foreign-search'}>
          {t('foreignSearch.figures.toQueue')}
        </Anchor>
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <PeriodFilter filters={filters} onChange={setFilters} />
        <CountryFilter countries={covered.countries} value={filters.country} clearable={false} onChange={(country) => setFilters({ ...filters, country })} />
      </Group>
      {covered.isError && <ErrorState error={covered.error} onRetry={() => void covered.refetch()} />}
      {!filters.country && covered.isSuccess && <EmptyState title={t('foreignSearch.figures.chooseCountry')} />}
      {report.isLoading && <LoadingState lines={4} />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        // Not faded while the next period loads: dimmed text would fall below AA contrast.
        <div aria-busy={report.isFetching}>
          <Figures report={report.data} countryName={countryName(report.data.scope.country)} />
        </div>
      )}
    </Stack>
  );
}
