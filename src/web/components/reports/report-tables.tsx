import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkReport } from '../../api/reports.js';
import { formatDate } from '../../lib/format-date.js';
import { useCodeLabels, useProvinceLabels } from '../catalogue/use-code-labels.js';
import { formatVndShort } from '../connections/vnd.js';
import { ChartCard } from './report-charts.js';

function SimpleTable({ head, rows, empty }: { head: string[]; rows: ReactNode[][]; empty: string }) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    // Narrow enough for a phone (390 px less the card padding): the columns wrap instead of scrolling out of sight.
    <Table.ScrollContainer minWidth={300}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {head.map((h, i) => (
              <Table.Th key={h} ta={i === 0 ? 'left' : 'right'}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((cells, r) => (
            <Table.Tr key={r}>
              {cells.map((cell, i) => (
                <Table.Td key={i} ta={i === 0 ? 'left' : 'right'}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Partner countries and, for each, the sectors its connections were in. */
export function CountryTable({ report }: { report: NetworkReport }) {
  const { t } = useTranslation();
  const country = useCodeLabels('country');
  const sector = useCodeLabels('vsic-section');
  const rows = report.connections.byCountry.map((r) => [country(r.country), r.sectors.map((s) => `${sector(s.sector)} (${s.count})`).join('; '), r.count]);
  return (
    <ChartCard title={t('reports.tables.byCountry')}>
      <SimpleTable head={[t('reports.tables.country'), t('reports.tables.sectors'), t('reports.tables.connections')]} rows={rows} empty={t('reports.noData')} />
    </ChartCard>
  );
}

/** Connections by province, named at the report's level (before the merger, the provinces as they were). */
export function ProvinceTable({ report }: { report: NetworkReport }) {
  const { t } = useTranslation();
  const province = useProvinceLabels(report.scope.level);
  const rows = report.connections.byProvince.map((r) => [province(r.province), r.count]);
  return (
    <ChartCard title={t('reports.tables.byProvince')}>
      <SimpleTable head={[t('reports.tables.province'), t('reports.tables.connections')]} rows={rows} empty={t('reports.noData')} />
    </ChartCard>
  );
}

/** Events of the period with the MoUs and agreements signed there and their value. */
export function EventsTable({ report }: { report: NetworkReport }) {
  const { t, i18n } = useTranslation();
  const province = useProvinceLabels();
  const rows = report.events.map((e) => [
    <span key="name">
      {e.name}
      <Text span size="xs" c="dimmed" display="block">
        {[formatDate(e.startsOn, i18n.language), province(e.provinceCode)].filter(Boolean).join(' · ')}
      </Text>
    </span>,
    e.mous,
    e.agreements,
    formatVndShort(e.valueVnd, i18n.language),
  ]);
  return (
    <ChartCard title={t('reports.tables.events')}>
      <SimpleTable
        head={[t('reports.tables.event'), t('reports.tables.mous'), t('reports.tables.agreements'), t('reports.tables.value')]}
        rows={rows}
        empty={t('reports.tables.noEvents')}
      />
    </ChartCard>
  );
}
