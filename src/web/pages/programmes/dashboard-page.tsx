import { Card, Group, NumberInput, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDashboard } from '../../api/programmes.js';
import { useCodeLabels, useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatCount } from '../../lib/format-count.js';
import { useMoney } from './labels.js';

function Figure({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={tone}>
        {value}
      </Text>
    </Card>
  );
}

function Breakdown({ title, rows }: { title: string; rows: Array<{ label: string; proposals: number; tasks: number }> }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Text fw={600} component="h2" mb="xs">
        {title}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('programmes.dashboard.proposals')}</Table.Th>
            <Table.Th>{t('programmes.dashboard.tasks')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td>{formatCount(r.proposals, i18n.language)}</Table.Td>
              <Table.Td>{formatCount(r.tasks, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** /programmes/dashboard?year= — the programme's figures, computed from the task records as they stood at the end of a year (this year: now). */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const setYear = (next: number) => setParams({ year: String(next) }, { replace: true });
  const query = useDashboard(year);
  const sector = useCodeLabels('vsic-section');
  const province = useProvinceLabels();
  const n = (value: number) => formatCount(value, i18n.language);
  return (
    <Stack gap="md">
      <PageTitle>{t('programmes.dashboard.title')}</PageTitle>
      <Group>
        <NumberInput label={t('programmes.dashboard.year')} value={year} min={2000} max={2100} onChange={(v) => typeof v === 'number' && setYear(v)} w={140} />
      </Group>
      {query.isLoading && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label={t('programmes.dashboard.proposals')} value={n(query.data.proposals)} />
            <Figure label={t('programmes.dashboard.tasks')} value={n(query.data.tasks)} />
            <Figure label={t('programmes.dashboard.total')} value={money.short(query.data.budget.bySource.total)} />
            <Figure label={t('programmes.dashboard.state')} value={money.short(query.data.budget.bySource.state)} />
            <Figure label={t('programmes.dashboard.counterpart')} value={money.short(query.data.budget.bySource.counterpart)} />
            <Figure label={t('programmes.dashboard.stateShare')} value={money.percent(query.data.budget.stateShare)} />
            <Figure label={t('programmes.dashboard.enterpriseShare')} value={money.percent(query.data.enterpriseShareOfState)} />
            <Figure label={t('programmes.dashboard.accepted')} value={n(query.data.acceptedToDate)} />
          </SimpleGrid>
          <Card withBorder>
            <Text fw={600} component="h2" mb="xs">
              {t('programmes.dashboard.yearActivity', { year: query.data.year.year })}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label={t('programmes.dashboard.submitted')} value={n(query.data.year.submitted)} />
              <Figure label={t('programmes.dashboard.toCouncil')} value={n(query.data.year.toCouncil)} />
              <Figure
                label={t('programmes.dashboard.appraisedEnterprise', { count: query.data.year.appraised.enterpriseLed.count })}
                value={`${money.short(query.data.year.appraised.enterpriseLed.totalVnd)} / ${money.short(query.data.year.appraised.enterpriseLed.stateVnd)}`}
              />
              <Figure label={t('programmes.dashboard.contracted')} value={n(query.data.year.contracted)} />
              <Figure label={t('programmes.dashboard.inspected')} value={n(query.data.year.inspected)} />
              <Figure label={t('programmes.dashboard.acceptedYear')} value={n(query.data.year.accepted)} />
              <Figure label={t('programmes.dashboard.reportsFiled')} value={n(query.data.year.reportsFiled)} />
              <Figure label={t('programmes.dashboard.reportsDue')} value={n(query.data.reports.dueSoon)} />
              <Figure
                label={t('programmes.dashboard.reportsOverdue')}
                value={n(query.data.reports.overdue)}
                tone={query.data.reports.overdue ? 'red' : undefined}
              />
            </SimpleGrid>
          </Card>
          <Card withBorder>
            <Text fw={600} component="h2" mb="xs">
              {t('programmes.dashboard.byYear')}
            </Text>
            <Table.ScrollContainer minWidth={480} type="native" tabIndex={0}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('programmes.budget.year')}</Table.Th>
                    <Table.Th>{t('programmes.dashboard.total')}</Table.Th>
                    <Table.Th>{t('programmes.dashboard.state')}</Table.Th>
                    <Table.Th>{t('programmes.dashboard.counterpart')}</Table.Th>
                    <Table.Th>{t('programmes.source.other')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.budget.byYear.map((y) => (
                    <Table.Tr key={y.year}>
                      <Table.Td>{y.year}</Table.Td>
                      <Table.Td>{money.short(y.total)}</Table.Td>
                      <Table.Td>{money.short(y.state)}</Table.Td>
                      <Table.Td>{money.short(y.counterpart)}</Table.Td>
                      <Table.Td>{money.short(y.other)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Breakdown
              title={t('programmes.dashboard.byOrigin')}
              rows={query.data.byOrigin.map((o) => ({ ...o, label: t(`programmes.origin.${o.origin}`) }))}
            />
            <Breakdown title={t('programmes.dashboard.bySector')} rows={query.data.bySector.map((s) => ({ ...s, label: sector(s.code) || s.code || '—' }))} />
            <Breakdown
              title={t('programmes.dashboard.byProvince')}
              rows={query.data.byProvince.slice(0, 15).map((p) => ({ ...p, label: province(p.code) || p.code || '—' }))}
            />
          </SimpleGrid>
          <Card withBorder>
            <Text fw={600} component="h2" mb="xs">
              {t('programmes.dashboard.byStatus')}
            </Text>
            <Group gap="lg">
              {Object.entries(query.data.byStatus)
                .filter(([, count]) => count > 0)
                .map(([status, count]) => (
                  <Text key={status} size="sm">
                    {t(`programmes.status.${status}`)}: <strong>{n(count)}</strong>
                  </Text>
                ))}
            </Group>
          </Card>
        </>
      )}
    </Stack>
  );
}
