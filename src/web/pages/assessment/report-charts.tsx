import { RadarChart } from '@mantine/charts';
import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../api/assessment.js';
import { useLocalText } from './local-text.js';

/** The groups as a share of each maximum, with the sector's median share when the sector has figures. */
export function GroupRadar({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const sector = report.sector.status === 'ok' ? report.sector : null;
  const data = report.score.groups.map((g) => ({
    group: g.code,
    name: text(g.name),
    enterprise: Math.round((g.share ?? 0) * 1000) / 10,
    sector: Math.round((sector?.groups.find((s) => s.code === g.code)?.share?.median ?? 0) * 1000) / 10,
  }));
  const series = [
    { name: 'enterprise', label: t('assessment.report.enterprise'), color: 'blue.6', opacity: 0.35 },
    ...(sector ? [{ name: 'sector', label: t('assessment.report.sectorMedian'), color: 'orange.6', opacity: 0.1, strokeDasharray: '5 5' }] : []),
  ];
  return (
    <Card withBorder radius="md" padding="md" component="figure" m={0} aria-label={t('assessment.report.radar')}>
      <Title order={2} size="h4" mb="sm">
        {t('assessment.report.radar')}
      </Title>
      <RadarChart h={320} data={data} dataKey="group" series={series} withPolarRadiusAxis withLegend polarRadiusAxisProps={{ domain: [0, 100] }} />
      <Text size="xs" c="dimmed" component="figcaption" mt="xs">
        {t('assessment.report.radarCaption')}
      </Text>
      <Text size="xs" c="dimmed">
        {data.map((d) => `${d.group} · ${d.name}: ${d.enterprise} %${sector ? ` (${t('assessment.report.sectorMedian')} ${d.sector} %)` : ''}`).join('; ')}
      </Text>
    </Card>
  );
}
