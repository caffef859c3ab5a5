import { Badge, Button, Grid, Group, Menu, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import { useRoadmap, useRoadmapEdit } from '../../api/roadmaps.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { EditError } from './edit-error.js';
import { ItemPanel } from './item-panel.js';
import { LayersEditor } from './layers-editor.js';
import { RoadmapChart, type MoveRequest } from './roadmap-chart.js';
import { AddItemForm, AddLinkForm, FromAssessmentForm } from './roadmap-forms.js';
import { useText } from './roadmap-labels.js';
import { SnapshotsSection } from './snapshots-section.js';
import './roadmap-print.css';

/** /roadmaps/:id — the layered chart, the selected item, adding items and links, snapshots, exports. */
export function RoadmapPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const text = useText();
  const query = useRoadmap(id);
  const write = useRoadmapEdit(id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  if (query.isLoading) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const roadmap = detail.roadmap as Roadmap;
  const lang = i18n.language === 'en' ? 'en' : 'vi';

  const edit = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: Record<string, unknown> = {}) => {
    if (method === 'DELETE') write.mutate({ method, path: `${path}?version=${detail.version}` });
    else write.mutate({ method, path, body: { ...body, version: detail.version } });
  };
  const move = (m: MoveRequest) => edit('POST', `/items/${m.itemId}/move`, { period: m.period, layerCode: m.layerCode });
  const selected = roadmap.items.find((item) => item.id === selectedId) ?? null;
  const exportLink = (format: string) => `/api/roadmaps/${id}/export${format === 'json' ? '.json' : `/${format}`}?lang=${lang}`;

  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Group gap="xs" className="no-print">
            <Menu>
              <Menu.Target>
                <Button variant="light">{t('roadmaps.export.menu')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                {['pdf', 'png', 'svg', 'json'].map((format) => (
                  <Menu.Item key={format} component="a" href={exportLink(format)} download>
                    {t(`roadmaps.export.${format}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button variant="default" onClick={() => window.print()}>
              {t('roadmaps.export.print')}
            </Button>
          </Group>
        }
      >
        {text(roadmap.title)}
      </PageTitle>
      <Group gap="xs">
        <Badge variant="light">{t(`roadmaps.scope.${roadmap.scope.kind}`)}</Badge>
        <Badge variant="outline">{detail.ownerName}</Badge>
        <Badge color={detail.published ? 'green' : 'gray'}>{detail.published ? t('roadmaps.published') : t('roadmaps.private')}</Badge>
        {roadmap.reviewDate && (
          <Badge color={detail.reviewState === 'overdue' ? 'red' : detail.reviewState === 'due-soon' ? 'orange' : 'blue'} variant="light">
            {t(`roadmaps.review.${detail.reviewState}`, { date: formatDate(roadmap.reviewDate, i18n.language) })}
          </Badge>
        )}
        {detail.canPublish && (
          <Switch
            className="no-print"
            label={t('roadmaps.publish')}
            checked={detail.published}
            onChange={(e) => edit('PATCH', '', { published: e.currentTarget.checked })}
          />
        )}
      </Group>
      {detail.canEdit && (
        <Text size="sm" c="dimmed" className="no-print">
          {t('roadmaps.chart.help')}
        </Text>
      )}
      <EditError error={write.error} />
      {roadmap.items.length === 0 && <Text>{t('roadmaps.chart.empty')}</Text>}
      <RoadmapChart roadmap={roadmap} editable={detail.canEdit} selectedId={selectedId} onSelect={setSelectedId} onMove={move} />
      <Grid className="no-print">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            {selected ? (
              <ItemPanel key={`${selected.id}:${detail.version}`} detail={detail} item={selected} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('roadmaps.chart.select')}
              </Text>
            )}
            <SnapshotsSection
              roadmap={roadmap}
              canEdit={detail.canEdit}
              busy={write.isPending}
              take={(name) => write.mutate({ method: 'POST', path: '/snapshots', body: { name } })}
            />
          </Stack>
        </Grid.Col>
        {detail.canEdit && (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="md">
              {roadmap.scope.kind === 'enterprise' && <FromAssessmentForm organisationId={roadmap.scope.organisationId} edit={edit} busy={write.isPending} />}
              <AddItemForm roadmap={roadmap} edit={edit} busy={write.isPending} />
              <AddLinkForm roadmap={roadmap} edit={edit} busy={write.isPending} />
              <LayersEditor roadmap={roadmap} version={detail.version} />
            </Stack>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
