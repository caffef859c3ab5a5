import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkReport } from '../../api/reports.js';
import { formatVnd, formatVndShort } from '../connections/vnd.js';

/** One headline figure: its key names its label (reports.kpi) and what it counts (reports.kpiCounts), with `params` for both. */
export type Kpi = { key: string; value: string; amount?: number; params?: Record<string, string> };

/** A figure's card: its name, the number, an amount in VND when it has one, and what it counts. */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  const { t, i18n } = useTranslation();
  const label = t(`reports.kpi.${kpi.key}`, kpi.params);
  return (
    <Card withBorder radius="md" padding="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} data-kpi={kpi.key}>
        {kpi.value}
      </Text>
      {kpi.amount !== undefined && (
        <>
          {kpi.amount >= 1_000_000 && (
            <Text size="sm" c="teal.8" fw={600}>
              {formatVndShort(kpi.amount, i18n.language)}
            </Text>
          )}
          <Text size="xs" c="dimmed" data-kpi-amount={kpi.key}>
            {formatVnd(kpi.amount, i18n.language)}
          </Text>
        </>
      )}
      {/* What the figure counts, so that it can be set beside the funnel and the tables. */}
      <Text size="xs" c="dimmed" mt={4}>
        {t(`reports.kpiCounts.${kpi.key}`, kpi.params)}
      </Text>
    </Card>
  );
}

/**
 * The headline figures. Brokered outcomes are the funnel's own counts (connections opened in the
 * period that reached the MoU, contract or transfer stage) with the agreements recorded on them;
 * agreements by signing date and centres' own contracts are shown apart, each saying what it counts.
 */
export function KpiCards({ report }: { report: NetworkReport }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const n = (value: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN').format(value);
  const a = report.agreements;
  const o = report.outcomes;
  const signed = a.mou.count + a.transferContract.count + a.consultingContract.count + a.other.count;
  const signedValue = a.mou.valueVnd + a.transferContract.valueVnd + a.consultingContract.valueVnd + a.other.valueVnd;
  const kpis: Kpi[] = [
    { key: 'connections', value: n(report.connections.total) },
    { key: 'mous', value: n(o.mou.connections), amount: o.mou.valueVnd },
    { key: 'contracts', value: n(o.contract.connections), amount: o.contract.valueVnd },
    { key: 'transferred', value: n(o.transferred.connections) },
    { key: 'agreementsSigned', value: n(signed), amount: signedValue },
    { key: 'centreContracts', value: n(a.centreContracts.count), amount: a.centreContracts.valueVnd },
    { key: 'demandsCollected', value: n(report.demandsCollected) },
    { key: 'offersCollected', value: n(report.offersCollected) },
    { key: 'enterprisesSupported', value: n(report.enterprisesSupported) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
      {kpis.map((kpi) => (
        <KpiCard key={kpi.key} kpi={kpi} />
      ))}
    </SimpleGrid>
  );
}
