import { Anchor, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { levelX, MAP_PX } from '../../../shared/roadmaps/map-svg.js';
import { useTechnologyMap } from '../../api/roadmaps.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { useText } from './roadmap-labels.js';

const SCALE_WIDTH = levelX(9) - levelX(1) + 24;

/** The gap line of one node: Vietnam's level (circle) to the world's best (diamond) on the 1–9 scale, the same geometry as the export. */
function GapLine({ vietnam, world, label }: { vietnam: number | null; world: number | null; label: string }) {
  const x = (level: number) => levelX(level) - levelX(1) + 12;
  return (
    <svg width={SCALE_WIDTH} height={24} role="img" aria-label={label}>
      <line x1={x(1)} x2={x(9)} y1={12} y2={12} stroke="#dee2e6" />
      {vietnam !== null && world !== null && <line x1={x(vietnam)} x2={x(world)} y1={12} y2={12} stroke="#e8590c" strokeWidth={4} />}
      {vietnam !== null && <circle cx={x(vietnam)} cy={12} r={6} fill="#c92a2a" />}
      {world !== null && <rect x={x(world) - 6} y={6} width={12} height={12} fill="#1864ab" transform={`rotate(45 ${x(world)} 12)`} />}
    </svg>
  );
}

/** /technology-maps/:id — the sector's tree with Vietnam's level against the world's best and live catalogue counts. */
export function TechnologyMapPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const text = useText();
  const query = useTechnologyMap(id);
  if (query.isLoading) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const map = query.data;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Menu>
            <Menu.Target>
              <Button variant="light">{t('roadmaps.export.menu')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              {['pdf', 'png', 'svg'].map((format) => (
                <Menu.Item key={format} component="a" href={`/api/technology-maps/${id}/export/${format}?lang=${lang}`} download>
                  {t(`roadmaps.export.${format}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        }
      >
        {text(map.title)}
      </PageTitle>
      <Text c="dimmed">{t('roadmaps.map.lead', { scale: t(`roadmaps.map.scale.${map.scale}`) })}</Text>
      <Group gap="md">
        <Text size="sm">● {t('roadmaps.map.vietnam')}</Text>
        <Text size="sm">◆ {t('roadmaps.map.world')}</Text>
        {map.roadmapIds.map((rid) => (
          <Anchor key={rid} component={Link} to={`/roadmaps/${rid}`} size="sm">
            {t('roadmaps.map.roadmap')}
          </Anchor>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={MAP_PX.width}>
        <Table striped aria-label={text(map.title)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roadmaps.map.node')}</Table.Th>
              <Table.Th>{t('roadmaps.map.levels')}</Table.Th>
              <Table.Th>{t('roadmaps.map.gap')}</Table.Th>
              <Table.Th>{t('roadmaps.map.counts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {map.nodes.map((node) => (
              <Table.Tr key={node.id} data-node-id={node.id}>
                <Table.Td style={{ paddingLeft: 12 + node.depth * 20 }}>
                  <Text size="sm" fw={node.depth === 0 ? 700 : 400}>
                    {text(node.name)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`roadmaps.map.kind.${node.kind}`)}
                    {node.sources.length > 0 && ` · ${node.sources.map((s) => `${s.title}${s.year ? ` (${s.year})` : ''}`).join('; ')}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <GapLine
                    vietnam={node.vietnamLevel}
                    world={node.worldLevel}
                    label={t('roadmaps.map.levelsLabel', { vietnam: node.vietnamLevel ?? '—', world: node.worldLevel ?? '—' })}
                  />
                </Table.Td>
                <Table.Td>{node.gap === null ? '—' : node.gap.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })}</Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="node-counts">
                    {t('roadmaps.map.countsText', node.counts)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
