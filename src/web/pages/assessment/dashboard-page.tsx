import { Alert, Button, Card, Group, Progress, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { assessmentDashboardWorkbookUrl, useAssessmentDashboard, useCampaigns, type DashboardFilters } from '../../api/assessment.js';
import type { AssessmentDashboard } from '../../../shared/assessment/assessment.schemas.js';
import { useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ProvinceSelect } from '../../components/province-select.js';
import { useLocalText } from './local-text.js';

type Row = AssessmentDashboard['bySector'][number];

/** Filters kept in the address, so a shared link shows the same figures. */
function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  const division = params.get('vsicDivision');
  const filters: DashboardFilters = {
    methodologyCode: params.get('methodologyCode') || 'tt17-2019',
    vsicDivision: division && /^\d{2}$/.test(division) ? division : null,
    provinceCode: params.get('provinceCode') || null,
    campaignId: params.get('campaignId') || null,
  };
  const setFilters = (next: DashboardFilters) => {
    const query: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value) query[key] = value;
    setParams(query, { replace: true });
  };
  return { filters, setFilters };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Card>
  );
}

/** One breakdown (sector, province or campaign): the count of each set, and its figures unless withheld. */
function BreakdownTable({ d, rows, heading }: { d: AssessmentDashboard; rows: Row[]; heading: string }) {
  const { t } = useTranslation();
  const { text, num, pct } = useLocalText();
  if (!rows.length)
    return (
      <Text size="sm" c="dimmed">
        {t('assessment.dashboard.noData')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={520} type="native" tabIndex={0}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{heading}</Table.Th>
            <Table.Th ta="right">{t('assessment.dashboard.enterprises')}</Table.Th>
            <Table.Th ta="right">{t('assessment.dashboard.meanTotal')}</Table.Th>
            <Table.Th ta="right">{t('assessment.dashboard.medianTotal')}</Table.Th>
            {d.levels.map((l) => (
              <Table.Th key={l.code} ta="right">
                {text(l.name)}
              </Table.Th>
            ))}
            {d.groups.map((g) => (
              <Table.Th key={g.code} ta="right" title={text(g.name)}>
                {g.code} (%)
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{num(r.n)}</Table.Td>
              {r.withheld ? (
                <Table.Td colSpan={2 + d.levels.length + d.groups.length}>
                  <Text size="sm" c="dimmed">
                    {t('assessment.dashboard.withheld', { minimum: d.minimum })}
                  </Text>
                </Table.Td>
              ) : (
                <>
                  <Table.Td ta="right">{num(r.meanTotal)}</Table.Td>
                  <Table.Td ta="right">{num(r.medianTotal)}</Table.Td>
                  {d.levels.map((l) => (
                    <Table.Td key={l.code} ta="right">
                      {num(r.levels.find((x) => x.code === l.code)?.count ?? 0)}
                    </Table.Td>
                  ))}
                  {d.groups.map((g) => (
                    <Table.Td key={g.code} ta="right">
                      {pct(r.groups.find((x) => x.code === g.code)?.meanShare)}
                    </Table.Td>
                  ))}
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Figures({ d }: { d: AssessmentDashboard }) {
  const { t } = useTranslation();
  const { text, num, pct } = useLocalText();
  const o = d.overall;
  const levelName = new Map(d.levels.map((l) => [l.code, text(l.name)]));
  return (
    <Stack gap="md">
      <Text size="sm" aria-live="polite">
        {t('assessment.dashboard.counts', { n: d.n, minimum: d.minimum })}
      </Text>
      {d.methodology.provisional && <Alert color="yellow">{t('assessment.dashboard.provisional')}</Alert>}
      {d.n === 0 && <EmptyState title={t('assessment.dashboard.empty')} />}
      {d.n > 0 && !o && <Alert color="gray">{t('assessment.dashboard.insufficient', { n: d.n, minimum: d.minimum })}</Alert>}
      {o && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Kpi label={t('assessment.dashboard.enterprises')} value={num(d.n)} />
            <Kpi label={t('assessment.dashboard.meanTotal')} value={num(o.total.mean)} />
            <Kpi label={t('assessment.dashboard.medianTotal')} value={num(o.total.median)} />
            <Kpi label={t('assessment.dashboard.meanCoefficient')} value={num(o.coefficient.mean)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Section title={t('assessment.dashboard.levels')}>
              <Stack gap="xs">
                {o.levels.map((l) => (
                  <div key={l.code}>
                    <Group justify="space-between" gap="xs">
                      <Text size="sm">{levelName.get(l.code) ?? l.code}</Text>
                      <Text size="sm">
                        {num(l.count)} · {pct(l.share)}
                      </Text>
                    </Group>
                    <Progress value={l.share * 100} aria-label={`${levelName.get(l.code) ?? l.code}: ${pct(l.share)}`} />
                  </div>
                ))}
              </Stack>
            </Section>
            <Section title={t('assessment.dashboard.weakest')}>
              <Stack gap={6} component="ol" style={{ paddingLeft: 20, margin: 0 }}>
                {o.weakest.map((c) => (
                  <Text component="li" size="sm" key={c.code}>
                    {c.code}. {text(c.name)} — {t('assessment.dashboard.meanShare')}: {pct(c.meanShare)}
                  </Text>
                ))}
              </Stack>
            </Section>
          </SimpleGrid>
          <Section title={t('assessment.dashboard.groups')}>
            <Table.ScrollContainer minWidth={420} type="native" tabIndex={0}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assessment.dashboard.group')}</Table.Th>
                    <Table.Th ta="right">{t('assessment.dashboard.meanPoints')}</Table.Th>
                    <Table.Th ta="right">{t('assessment.dashboard.median')}</Table.Th>
                    <Table.Th ta="right">{t('assessment.dashboard.quartiles')}</Table.Th>
                    <Table.Th ta="right">{t('assessment.dashboard.meanShare')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.groups.map((g) => {
                    const s = o.groups.find((x) => x.code === g.code);
                    return (
                      <Table.Tr key={g.code}>
                        <Table.Td>
                          {g.code}. {text(g.name)} ({t('assessment.dashboard.ofMax', { max: num(g.maxPoints) })})
                        </Table.Td>
                        <Table.Td ta="right">{num(s?.points?.mean)}</Table.Td>
                        <Table.Td ta="right">{num(s?.points?.median)}</Table.Td>
                        <Table.Td ta="right">{s?.points ? `${num(s.points.q1)} – ${num(s.points.q3)}` : '—'}</Table.Td>
                        <Table.Td ta="right">{pct(s?.share?.mean)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Section>
        </>
      )}
      {d.n > 0 && (
        <>
          <Section title={t('assessment.dashboard.bySector')}>
            <BreakdownTable d={d} rows={d.bySector} heading={t('assessment.dashboard.sector')} />
          </Section>
          <Section title={t('assessment.dashboard.byProvince')}>
            <BreakdownTable d={d} rows={d.byProvince} heading={t('assessment.dashboard.province')} />
          </Section>
          <Section title={t('assessment.dashboard.byCampaign')}>
            <BreakdownTable d={d} rows={d.byCampaign} heading={t('assessment.dashboard.campaign')} />
          </Section>
        </>
      )}
    </Stack>
  );
}

/** /assessments/dashboard — verified assessments of the caller's provinces by level, group, sector, province and campaign. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const campaigns = useCampaigns();
  const allowed = !!campaigns.data?.canCreate;
  const { filters, setFilters } = useDashboardFilters();
  const dashboard = useAssessmentDashboard(filters, allowed);
  const province = useProvinceLabels();
  if (campaigns.isLoading) return <LoadingState />;
  if (campaigns.isError) return <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (!allowed) return <Alert color="yellow">{t('assessment.dashboard.staffOnly')}</Alert>;
  const d = dashboard.data;
  const scope = d ? (d.scope.national ? t('assessment.dashboard.national') : d.scope.provinces.map(province).join(', ')) : '';
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Button component="a" href={assessmentDashboardWorkbookUrl(filters)} download variant="light" leftSection={<IconFileSpreadsheet size={18} />}>
            {t('assessment.dashboard.exportExcel')}
          </Button>
        }
      >
        {t('assessment.dashboard.title')}
      </PageTitle>
      <Text c="dimmed">
        {t('assessment.dashboard.lead')} {scope && `· ${t('assessment.dashboard.scope', { scope })}`}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select
          label={t('assessment.dashboard.methodology')}
          data={(d?.methodologies ?? []).map((m) => ({ value: m.code, label: text(m.name) }))}
          value={filters.methodologyCode}
          allowDeselect={false}
          onChange={(value) => value && setFilters({ ...filters, methodologyCode: value, campaignId: null })}
        />
        <TextInput
          label={t('assessment.dashboard.sectorFilter')}
          description={t('assessment.dashboard.sectorHelp')}
          inputMode="numeric"
          maxLength={2}
          defaultValue={filters.vsicDivision ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value.trim();
            if (value === '' || /^\d{2}$/.test(value)) setFilters({ ...filters, vsicDivision: value || null });
          }}
        />
        <ProvinceSelect
          label={t('assessment.dashboard.provinceFilter')}
          value={filters.provinceCode}
          onChange={(value) => setFilters({ ...filters, provinceCode: value })}
        />
        <Select
          label={t('assessment.dashboard.campaignFilter')}
          clearable
          placeholder={t('assessment.dashboard.allCampaigns')}
          data={(d?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filters.campaignId}
          onChange={(value) => setFilters({ ...filters, campaignId: value })}
        />
      </SimpleGrid>
      {dashboard.isLoading && <LoadingState lines={6} />}
      {dashboard.isError && <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {d && (
        <div style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }} aria-busy={dashboard.isFetching}>
          <Figures d={d} />
        </div>
      )}
    </Stack>
  );
}
