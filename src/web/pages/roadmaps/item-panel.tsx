import { Badge, Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemStatuses, type Confidence, type ItemStatus, type Roadmap, type RoadmapItem } from '../../../domain/roadmaps/types.js';
import { useVersionedEdit, type RoadmapDetailData } from '../../api/roadmaps.js';
import { formatDateTime } from '../../lib/format-date.js';
import { EditError, fieldMessage } from './edit-error.js';
import { LinkedRecords, RecordPicker } from './record-picker.js';
import { usePeriodText, useText } from './roadmap-labels.js';
import { ItemBody } from '../../../shared/roadmaps/roadmaps.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

const confidenceOptions = ['low', 'medium', 'high', '1', '2', '3', '4', '5'] as const;
const NONE = 'none';

const confidenceValue = (confidence: Confidence | null) => (confidence === null ? NONE : String(confidence));
const confidenceOf = (value: string): Confidence | null => (value === NONE ? null : /^\d$/.test(value) ? (Number(value) as Confidence) : (value as Confidence));

/**
 * The selected item: its period and lane (the keyboard and form way to move it), status,
 * confidence and description, its records with their live state (tie and untie), gap actions and
 * history. Its own writes show their refusal here, each field's message under its input.
 */
export function ItemPanel({ detail, item }: { detail: RoadmapDetailData; item: RoadmapItem }) {
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
  const [confidence, setConfidence] = useState(confidenceValue(item.confidence));
  const [description, setDescription] = useState(item.description);
  const { edit, error, busy } = useVersionedEdit(roadmap.id, detail.version);
  const live = detail.live[item.id] ?? [];
  const history = detail.history.filter((h) => h.itemId === item.id);
  const editable = detail.canEdit;

  const save = () => {
    const period = { start: { year: startYear }, end: { year: endYear } };
    // One request: a change of status, confidence or description rewrites the item (with its new place), a move only moves it.
    if (status !== item.status || confidence !== confidenceValue(item.confidence) || description !== item.description) {
      edit('PUT', `/items/${item.id}`, {
        layerCode,
        title: item.title,
        description,
        period,
        status,
        confidence: confidenceOf(confidence),
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
        {item.confidence !== null && (
          <Text size="sm">
            <b>{t('roadmaps.item.confidence')}:</b> {t(`roadmaps.confidence.${item.confidence}`)}
          </Text>
        )}
        <EditError error={error} />
        <LinkedRecords
          live={live}
          busy={busy}
          onUnlink={editable ? (record) => edit('DELETE', `/items/${item.id}/records/${record.kind}/${record.id}`) : undefined}
        />
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
              <NumberInput
                label={t('roadmaps.item.startYear')}
                min={first}
                max={last}
                value={startYear}
                onChange={(v) => setStartYear(Number(v))}
                error={fieldMessage(error, 'period.start')}
              />
              <NumberInput
                label={t('roadmaps.item.endYear')}
                min={first}
                max={last}
                value={endYear}
                onChange={(v) => setEndYear(Number(v))}
                error={fieldMessage(error, 'period.end')}
              />
            </Group>
            <Group grow align="end">
              <Select
                label={t('roadmaps.item.layer')}
                data={roadmap.layers.map((l) => ({ value: l.code, label: text(l.name) }))}
                value={layerCode}
                onChange={(v) => v && setLayerCode(v)}
                allowDeselect={false}
                error={fieldMessage(error, 'layerCode')}
              />
              <Select
                label={t('roadmaps.item.status')}
                data={itemStatuses.map((s) => ({ value: s, label: t(`roadmaps.status.${s}`) }))}
                value={status}
                onChange={(v) => v && setStatus(v as ItemStatus)}
                allowDeselect={false}
              />
            </Group>
            <Select
              label={t('roadmaps.item.confidence')}
              data={[NONE, ...confidenceOptions].map((c) => ({ value: c, label: t(`roadmaps.confidence.${c}`) }))}
              value={confidence}
              onChange={(v) => v && setConfidence(v)}
              allowDeselect={false}
              error={fieldMessage(error, 'confidence')}
            />
            <LimitedTextarea
              max={maxLengthOf(ItemBody.shape.description)}
              label={t('roadmaps.item.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              error={fieldMessage(error, 'description')}
            />
            <Group gap="xs">
              <Button size="sm" onClick={save} loading={busy}>
                {t('roadmaps.item.save')}
              </Button>
              <Button size="sm" color="red" variant="subtle" onClick={() => edit('DELETE', `/items/${item.id}`)}>
                {t('roadmaps.item.delete')}
              </Button>
            </Group>
            <RecordPicker item={item} busy={busy} onLink={(kind, id) => edit('POST', `/items/${item.id}/records`, { kind, id })} />
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
