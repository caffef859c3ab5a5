import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkReport } from '../../api/reports.js';
import { formatVnd, formatVndShort } from '../connections/vnd.js';

type Kpi = { key: string; value: string; amount?: number };

function KpiCard({ kpi }: { kpi: Kpi }) {
  const { t, i18n } = useTranslation();
  const label = t(`reports.kpi.${kpi.key}`);
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
    </Card>
  );
}

/** The headline figures: connections, MoUs and contracts with their values, collection and support. */
export function KpiCards({ report }: { report: NetworkReport }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const n = (value: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN').format(value);
  const a = report.agreements;
  const contracts = { count: a.transferContract.count + a.consultingContract.count, valueVnd: a.transferContract.valueVnd + a.consultingContract.valueVnd };
  const kpis: Kpi[] = [
    { key: 'connections', value: n(report.connections.total) },
    { key: 'mous', value: n(a.mou.count), amount: a.mou.valueVnd },
    { key: 'contracts', value: n(contracts.count), amount: contracts.valueVnd },
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
