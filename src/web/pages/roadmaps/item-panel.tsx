import { Anchor, Badge, Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemStatuses, type ItemStatus, type Roadmap, type RoadmapItem } from '../../../domain/roadmaps/types.js';
import type { RoadmapDetailData } from '../../api/roadmaps.js';
import { formatDateTime } from '../../lib/format-date.js';
import { usePeriodText, useText } from './roadmap-labels.js';

type Edit = (method: 'POST' | 'PUT' | 'DELETE', path: string, body?: Record<string, unknown>) => void;

const recordLink = (kind: string, id: string) =>
  kind === 'demand'
    ? `/demands/${id}`
    : kind === 'offer'
      ? `/offers/${id}`
      : kind === 'expert'
        ? `/experts/${id}`
        : kind === 'connection'
          ? `/connections/${id}`
          : kind === 'task'
            ? `/programmes/tasks/${id}`
            : null;

/** The selected item: its period and lane (the keyboard and form way to move it), status, live records, gap actions and history. */
export function ItemPanel({ detail, item, edit, busy }: { detail: RoadmapDetailData; item: RoadmapItem; edit: Edit; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const periodText = usePeriodText();
  const roadmap = detail.roadmap as Roadmap;
  const first = roadmap.startYear;
  const last = roadmap.startYear + roadmap.horizonYears - 1;
  const [startYear, setStartYear] = useState<number>(item.period.start.year);
  const [endYear, setEndYear] = useState<number>(item.period.end.year);
  const [layerCode, setLayerCode] = useState(item.layerCode);
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const live = detail.live[item.id] ?? [];
  const history = detail.history.filter((h) => h.itemId === item.id);
  const editable = detail.canEdit;

  const save = () => {
    const period = { start: { year: startYear }, end: { year: endYear } };
    // One request: a status change rewrites the item (with its new place), a move only moves it.
    if (status !== item.status) {
      edit('PUT', `/items/${item.id}`, {
        layerCode,
        title: item.title,
        description: item.description,
        period,
        status,
        confidence: item.confidence,
        mapNodeId: item.mapNodeId,
      });
    } else if (startYear !== item.period.start.year || endYear !== item.period.end.year || layerCode !== item.layerCode) {
      edit('POST', `/items/${item.id}/move`, { period, layerCode });
    }
  };

  return (
    <Card withBorder radius="md" padding="md" aria-labelledby="item-panel-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="item-panel-title">
            {text(item.title)}
          </Title>
          <Badge variant="light" data-testid="item-status">
            {t(`roadmaps.status.${item.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {text(roadmap.layers.find((l) => l.code === item.layerCode)?.name ?? { vi: item.layerCode, en: item.layerCode })} · {periodText(item.period)}
        </Text>
        {item.description && <Text size="sm">{item.description}</Text>}
        {item.gap && (
          <Text size="sm">
            <b>{t('roadmaps.item.target')}:</b> {item.gap.target}
          </Text>
        )}
        {live.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('roadmaps.item.records')}
            </Text>
            {live.map((r) => {
              const to = recordLink(r.kind, r.id);
              return (
                <Group key={`${r.kind}:${r.id}`} gap="xs">
                  <Badge variant="outline">{t(`roadmaps.recordKind.${r.kind}`)}</Badge>
                  {to ? (
                    <Anchor component={Link} to={to} size="sm">
                      {r.title ?? t(`roadmaps.recordKind.${r.kind}`)}
                    </Anchor>
                  ) : (
                    <Text size="sm">{r.id.split(':').pop()}</Text>
                  )}
                  <Badge color="teal" data-testid="live-state">
                    {t(`roadmaps.live.${r.state}`, { defaultValue: r.state })}
                  </Badge>
                </Group>
              );
            })}
          </Stack>
        )}
        {item.gap && editable && (
          <Group gap="xs">
            {!live.some((r) => r.kind === 'demand') && (
              <Button size="xs" loading={busy} onClick={() => edit('POST', `/items/${item.id}/demand`, {})}>
                {t('roadmaps.item.createDemand')}
              </Button>
            )}
            <Button size="xs" variant="light" component={Link} to={`/experts?q=${encodeURIComponent(text(item.title))}`}>
              {t('roadmaps.item.findExperts')}
            </Button>
          </Group>
        )}
        {editable && (
          <Stack gap="xs">
            <Group grow align="end">
              <NumberInput label={t('roadmaps.item.startYear')} min={first} max={last} value={startYear} onChange={(v) => setStartYear(Number(v))} />
              <NumberInput label={t('roadmaps.item.endYear')} min={first} max={last} value={endYear} onChange={(v) => setEndYear(Number(v))} />
            </Group>
            <Group grow align="end">
              <Select
                label={t('roadmaps.item.layer')}
                data={roadmap.layers.map((l) => ({ value: l.code, label: text(l.name) }))}
                value={layerCode}
                onChange={(v) => v && setLayerCode(v)}
                allowDeselect={false}
              />
              <Select
                label={t('roadmaps.item.status')}
                data={itemStatuses.map((s) => ({ value: s, label: t(`roadmaps.status.${s}`) }))}
                value={status}
                onChange={(v) => v && setStatus(v as ItemStatus)}
                allowDeselect={false}
              />
            </Group>
            <Group gap="xs">
              <Button size="sm" onClick={save} loading={busy}>
                {t('roadmaps.item.save')}
              </Button>
              <Button size="sm" color="red" variant="subtle" onClick={() => edit('DELETE', `/items/${item.id}`)}>
                {t('roadmaps.item.delete')}
              </Button>
            </Group>
          </Stack>
        )}
        {history.length > 0 && (
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {t('roadmaps.item.history')}
            </Text>
            {history.map((h) => (
              <Text size="xs" key={`${h.occurredAt}:${h.toStatus}`}>
                {formatDateTime(h.occurredAt, i18n.language)} — {h.fromStatus ? `${t(`roadmaps.status.${h.fromStatus}`)} → ` : ''}
                {t(`roadmaps.status.${h.toStatus}`)}
                {h.cause ? ` (${t('roadmaps.item.byConnection')})` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
