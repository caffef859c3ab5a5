import { Button, Card, Checkbox, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkKindsBetween } from '../../../domain/roadmaps/item-rules.js';
import { linkKinds, type LinkKind, type Roadmap } from '../../../domain/roadmaps/types.js';
import { useAssessmentReport, useAssessments } from '../../api/assessment.js';
import { useText } from './roadmap-labels.js';

type Edit = (method: 'POST', path: string, body: Record<string, unknown>) => void;

/** A new item: lane, title in both languages, years. */
export function AddItemForm({ roadmap, edit, busy }: { roadmap: Roadmap; edit: Edit; busy: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const [layerCode, setLayerCode] = useState(roadmap.layers[0]?.code ?? '');
  const [vi, setVi] = useState('');
  const [en, setEn] = useState('');
  const [start, setStart] = useState<number>(roadmap.startYear);
  const [end, setEnd] = useState<number>(roadmap.startYear);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="form"
      onSubmit={(e) => (e.preventDefault(), edit('POST', '/items', { layerCode, title: { vi, en }, period: { start: { year: start }, end: { year: end } } }))}
    >
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('roadmaps.add.title')}
        </Title>
        <Select
          label={t('roadmaps.item.layer')}
          data={roadmap.layers.map((l) => ({ value: l.code, label: text(l.name) }))}
          value={layerCode}
          onChange={(v) => v && setLayerCode(v)}
          allowDeselect={false}
        />
        <TextInput label={t('roadmaps.add.titleVi')} value={vi} onChange={(e) => setVi(e.currentTarget.value)} />
        <TextInput label={t('roadmaps.add.titleEn')} value={en} onChange={(e) => setEn(e.currentTarget.value)} />
        <Group grow>
          <NumberInput label={t('roadmaps.item.startYear')} value={start} onChange={(v) => setStart(Number(v))} />
          <NumberInput label={t('roadmaps.item.endYear')} value={end} onChange={(v) => setEnd(Number(v))} />
        </Group>
        <Button type="submit" loading={busy}>
          {t('roadmaps.add.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

/**
 * A typed link between two items: "from" needs / is delivered by / enables / supports / relates to "to".
 * Once both items are chosen, only the kinds their layers allow in that direction are offered.
 */
export function AddLinkForm({ roadmap, edit, busy }: { roadmap: Roadmap; edit: Edit; busy: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const options = roadmap.items.map((item) => ({ value: item.id, label: text(item.title) }));
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [chosen, setKind] = useState<LinkKind>('needs');
  if (roadmap.items.length < 2) return null;
  const allowed = from && to ? linkKindsBetween(roadmap, from, to) : [...linkKinds];
  // The chosen kind, or the first the two items' layers allow.
  const kind = allowed.includes(chosen) ? chosen : (allowed[0] ?? null);
  return (
    <Card withBorder radius="md" padding="md" component="form" onSubmit={(e) => (e.preventDefault(), kind && edit('POST', '/links', { from, to, kind }))}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('roadmaps.link.title')}
        </Title>
        <Select label={t('roadmaps.link.from')} data={options} value={from} onChange={setFrom} searchable />
        <Select
          label={t('roadmaps.link.kind')}
          data={allowed.map((k) => ({ value: k, label: t(`roadmaps.linkKind.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as LinkKind)}
          allowDeselect={false}
          error={from && to && !kind ? t('roadmaps.link.noKind') : undefined}
        />
        <Select label={t('roadmaps.link.to')} data={options} value={to} onChange={setTo} searchable />
        <Button type="submit" loading={busy} disabled={!from || !to || !kind}>
          {t('roadmaps.link.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

function Weaknesses({ assessmentId, onBring, busy }: { assessmentId: string; onBring: (codes: string[]) => void; busy: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const report = useAssessmentReport(assessmentId);
  const [chosen, setChosen] = useState<string[]>([]);
  if (report.isLoading) return <Text size="sm">{t('roadmaps.fromAssessment.loading')}</Text>;
  const weaknesses = report.data?.weaknesses ?? [];
  if (weaknesses.length === 0) return <Text size="sm">{t('roadmaps.fromAssessment.none')}</Text>;
  return (
    <Stack gap="xs">
      <Checkbox.Group label={t('roadmaps.fromAssessment.choose')} value={chosen} onChange={setChosen}>
        <Stack gap={4} mt={4}>
          {weaknesses.map((w) => (
            <Checkbox key={w.code} value={w.code} label={`${w.code} — ${text(w.name)}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Button onClick={() => onBring(chosen)} disabled={chosen.length === 0} loading={busy}>
        {t('roadmaps.fromAssessment.submit')}
      </Button>
    </Stack>
  );
}

/** The enterprise's weakest assessment criteria brought in as technology items. */
export function FromAssessmentForm({ organisationId, edit, busy }: { organisationId: string; edit: Edit; busy: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const assessments = useAssessments();
  const mine = (assessments.data?.pages.flatMap((page) => page.items) ?? []).filter((a) => a.organisationId === organisationId && a.status !== 'draft');
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const selected = assessmentId ?? mine[0]?.id ?? null;
  if (mine.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('roadmaps.fromAssessment.title')}
        </Title>
        <Select
          label={t('roadmaps.fromAssessment.assessment')}
          data={mine.map((a) => ({ value: a.id, label: `${text(a.methodologyName)} · ${a.createdAt.slice(0, 10).split('-').reverse().join('/')}` }))}
          value={selected}
          onChange={setAssessmentId}
          allowDeselect={false}
        />
        {selected && (
          <Weaknesses
            key={selected}
            assessmentId={selected}
            busy={busy}
            onBring={(criteria) => edit('POST', '/from-assessment', { assessmentId: selected, criteria })}
          />
        )}
      </Stack>
    </Card>
  );
}
