import { Alert, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useConnectionPoints } from '../../api/connection-points.js';
import { pointOutcomesWorkbookUrl, usePointOutcomes, type ListingOutcomeMonths } from '../../api/listing-outcomes.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { outcomeKeys, outcomeLabels } from '../../../shared/listing-outcomes/outcome-labels.js';
import { OutcomeDefinitions, OutcomeFigures, useOutcomeValue } from './outcome-figures.js';

/** mm/yyyy, as the month appears in the table and the workbook. */
const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

function MonthTable({ report }: { report: ListingOutcomeMonths }) {
  const { t, i18n } = useTranslation();
  const value = useOutcomeValue();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    // Wider than a phone: the table scrolls sideways inside its card (focusable, so a keyboard scrolls it too), the month column staying in view.
    <div role="region" aria-label={t('listingOutcomes.title')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder miw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>{t('listingOutcomes.month')}</Table.Th>
            {outcomeKeys.map((key) => (
              <Table.Th key={key} ta="right">
                {outcomeLabels[key][lang].label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...report.months.map((m) => ({ ...m, name: monthText(m.month) })), { ...report.total, name: t('listingOutcomes.total') }].map((row, i) => (
            <Table.Tr key={row.name} fw={i === report.months.length ? 700 : undefined}>
              <Table.Th scope="row" style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>
                {row.name}
              </Table.Th>
              {outcomeKeys.map((key) => (
                <Table.Td key={key} ta="right">
                  {value(key, row[key])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** /listing-outcomes — a connection point's offers and demands month by month, with the Excel export. */
export function ListingOutcomesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const points = useConnectionPoints();
  const [params, setParams] = useSearchParams();
  const allowed = !!me.data?.abilities.seeReports;
  const national = !!me.data?.abilities.seeNationalReports;
  const covered = new Set(me.data?.connectionPointProvinces ?? []);
  // Staff choose among their own points (those covering their provinces); the agency among all.
  const mine = (points.data ?? []).filter((p) => national || p.provinces.some((province) => covered.has(province.code)));
  const thisYear = new Date().getFullYear();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : thisYear;
  const pointId = params.get('point') ?? mine[0]?.id ?? null;
  const report = usePointOutcomes(allowed ? pointId : null, year);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    setParams(next, { replace: true });
  };
  if (me.isLoading || points.isLoading) return <LoadingState />;
  if (!allowed) return <Alert color="yellow">{t('listingOutcomes.staffOnly')}</Alert>;
  if (mine.length === 0) return <Alert color="blue">{t('listingOutcomes.noPoint')}</Alert>;
  const name = (p: (typeof mine)[number]) => (i18n.language === 'en' && p.nameEn ? p.nameEn : p.nameVi);
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          pointId && (
            <Button component="a" href={pointOutcomesWorkbookUrl(pointId, year)} download variant="light" leftSection={<IconFileSpreadsheet size={18} />}>
              {t('listingOutcomes.exportExcel')}
            </Button>
          )
        }
      >
        {t('listingOutcomes.title')}
      </PageTitle>
      <Text size="sm" c="dimmed">
        {t('listingOutcomes.intro')}
      </Text>
      <Group align="end" gap="sm" wrap="wrap">
        <Select
          label={t('listingOutcomes.point')}
          data={mine.map((p) => ({ value: p.id, label: name(p) }))}
          value={pointId}
          onChange={(value) => set('point', value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 360 }}
        />
        <Select
          label={t('listingOutcomes.year')}
          data={Array.from({ length: 6 }, (_, i) => String(thisYear - i))}
          value={String(year)}
          onChange={(value) => set('year', value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 120 }}
        />
      </Group>
      {report.isLoading && <LoadingState lines={6} />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <Stack gap="md" aria-busy={report.isFetching}>
          <Text size="sm">{t('listingOutcomes.listings', report.data.listings)}</Text>
          <OutcomeFigures outcome={report.data.total} cols={{ base: 2, sm: 5 }} />
          <Card withBorder radius="md" padding="sm">
            <MonthTable report={report.data} />
          </Card>
          <Card withBorder radius="md" padding="md">
            <Title order={2} size="h4" mb="xs">
              {t('listingOutcomes.definitions')}
            </Title>
            <OutcomeDefinitions />
          </Card>
        </Stack>
      )}
    </Stack>
  );
}
