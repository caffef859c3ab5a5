import { Card, Grid, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModerationOverview, type OverviewCount, type WorkItem } from '../../../api/catalogue.js';
import { StatusBadge } from '../../../components/catalogue/status-badge.js';
import { useProvinceLabels } from '../../../components/catalogue/use-code-labels.js';
import { WorkListPage, WorkTable } from '../work-list.js';

const types: WorkItem['type'][] = ['offer', 'demand', 'expert'];

/** Rows keyed by `key`, one count column per record type, and a total. */
function pivot(counts: OverviewCount[], key: (c: OverviewCount) => string) {
  const rows = new Map<string, Record<WorkItem['type'], number>>();
  for (const c of counts) {
    const row = rows.get(key(c)) ?? { offer: 0, demand: 0, expert: 0 };
    row[c.type] += c.count;
    rows.set(key(c), row);
  }
  return [...rows].map(([name, row]) => ({ name, row, total: row.offer + row.demand + row.expert })).sort((a, b) => b.total - a.total);
}

function CountTable({ heading, rows, label }: { heading: string; rows: ReturnType<typeof pivot>; label: (name: string) => ReactNode }) {
  const { t } = useTranslation();
  const headings = [heading, ...types.map((type) => t(`catalogue.moderation.types.${type}`)), t('catalogue.overview.total')];
  return (
    <WorkTable minWidth={360} headings={headings} numeric striped>
      {rows.map(({ name, row, total }) => (
        <Table.Tr key={name}>
          <Table.Td>{label(name)}</Table.Td>
          {types.map((type) => (
            <Table.Td key={type} ta="right">
              {row[type].toLocaleString('vi-VN')}
            </Table.Td>
          ))}
          <Table.Td ta="right" fw={600}>
            {total.toLocaleString('vi-VN')}
          </Table.Td>
        </Table.Tr>
      ))}
    </WorkTable>
  );
}

/** The agency's view across the network: records by status, type and province. */
export function AgencyOverviewPage() {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const overview = useModerationOverview();
  return (
    <WorkListPage title={t('catalogue.overview.title')} lead={t('catalogue.overview.lead')} query={overview}>
      {(data) => (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('catalogue.overview.byStatus')}
              </Title>
              <CountTable heading={t('catalogue.fields.status')} rows={pivot(data.items, (c) => c.status)} label={(s) => <StatusBadge status={s} />} />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('catalogue.overview.byProvince')}
              </Title>
              <CountTable
                heading={t('catalogue.overview.province')}
                rows={pivot(data.items, (c) => c.provinceCode ?? '')}
                label={(code) => province(code) || '—'}
              />
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </WorkListPage>
  );
}
