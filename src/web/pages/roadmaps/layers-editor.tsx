import { ActionIcon, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCustomLayer } from '../../../domain/roadmaps/layers.js';
import { linkKinds, type LinkKind, type Roadmap } from '../../../domain/roadmaps/types.js';
import { useVersionedEdit } from '../../api/roadmaps.js';
import { EditError, fieldMessage } from './edit-error.js';
import { useText } from './roadmap-labels.js';

type Draft = { code?: string; name: { vi: string; en: string }; linkStarts?: LinkKind[]; linkEnds?: LinkKind[] };

/**
 * The chart's lanes: rename (both languages), move up or down, remove an empty one, add one, and
 * for a lane the owner added, the kinds of link its items may start and end. Each change sends the
 * whole list; a lane that still holds items, or kinds that would forbid a link already drawn, are
 * refused by the server with a message naming the lane or the link, and a blank name is marked
 * under its input.
 */
const draftsOf = (roadmap: Roadmap): Draft[] =>
  roadmap.layers.map((l) => ({ code: l.code, name: { ...l.name }, linkStarts: [...l.linkStarts], linkEnds: [...l.linkEnds] }));

export function LayersEditor({ roadmap, version }: { roadmap: Roadmap; version: number }) {
  const { t } = useTranslation();
  const text = useText();
  const { edit, error, busy } = useVersionedEdit(roadmap.id, version);
  const [drafts, setDrafts] = useState<Draft[]>(() => draftsOf(roadmap));
  // The lanes as saved: when they change (here or by another edit), the drafts follow; a new lane being typed stays.
  const savedLayers = JSON.stringify(roadmap.layers.map((l) => [l.code, l.name, l.linkStarts, l.linkEnds]));
  const [draftsOfLayers, setDraftsOfLayers] = useState(savedLayers);
  if (draftsOfLayers !== savedLayers) {
    setDraftsOfLayers(savedLayers);
    setDrafts(draftsOf(roadmap));
  }
  const [added, setAdded] = useState({ vi: '', en: '' });
  const counts = new Map<string, number>();
  for (const item of roadmap.items) counts.set(item.layerCode, (counts.get(item.layerCode) ?? 0) + 1);

  const save = (layers: Draft[]) => edit('PUT', '/layers', { layers });
  const rename = (index: number, lang: 'vi' | 'en', value: string) =>
    setDrafts((all) => all.map((d, i) => (i === index ? { ...d, name: { ...d.name, [lang]: value } } : d)));
  const swap = (index: number, other: number) => {
    const next = [...drafts];
    [next[index], next[other]] = [next[other], next[index]];
    save(next);
  };
  const setKinds = (index: number, side: 'linkStarts' | 'linkEnds', kinds: string[]) =>
    save(drafts.map((d, j) => (j === index ? { ...d, [side]: linkKinds.filter((kind) => kinds.includes(kind)) } : d)));
  const listError = error && !drafts.some((_, i) => fieldMessage(error, `layers.${i}`)) ? fieldMessage(error, 'layers') : undefined;

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('roadmaps.layers.title')}
        </Title>
        {listError ? (
          <Text size="sm" c="red" role="alert">
            {listError}
          </Text>
        ) : (
          !fieldMessage(error, 'layers') && <EditError error={error} />
        )}
        {drafts.map((draft, i) => {
          const name = text(roadmap.layers.find((l) => l.code === draft.code)?.name ?? draft.name);
          const items = draft.code ? (counts.get(draft.code) ?? 0) : 0;
          return (
            <Stack component="fieldset" key={draft.code ?? i} gap={6} m={0} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
              <Text component="legend" size="sm" fw={600} px={4}>
                {t('roadmaps.layers.legend', { n: i + 1, name })} · {t('roadmaps.list.items', { count: items })}
              </Text>
              <Group grow align="start" wrap="wrap">
                <TextInput
                  label={t('roadmaps.layers.nameVi')}
                  value={draft.name.vi}
                  onChange={(e) => rename(i, 'vi', e.currentTarget.value)}
                  error={fieldMessage(error, `layers.${i}.name.vi`) ?? fieldMessage(error, `layers.${i}.name`)}
                  miw={160}
                />
                <TextInput
                  label={t('roadmaps.layers.nameEn')}
                  value={draft.name.en}
                  onChange={(e) => rename(i, 'en', e.currentTarget.value)}
                  error={fieldMessage(error, `layers.${i}.name.en`)}
                  miw={160}
                />
              </Group>
              {draft.code && isCustomLayer({ code: draft.code }) && (
                <Group grow align="start" wrap="wrap">
                  {(['linkStarts', 'linkEnds'] as const).map((side) => (
                    <Checkbox.Group
                      key={side}
                      label={t(side === 'linkStarts' ? 'roadmaps.layers.starts' : 'roadmaps.layers.ends', { name })}
                      value={draft[side] ?? []}
                      onChange={(kinds) => setKinds(i, side, kinds)}
                      error={fieldMessage(error, `layers.${i}.${side}`)}
                      miw={160}
                    >
                      <Stack gap={4} mt={4}>
                        {linkKinds.map((kind) => (
                          <Checkbox key={kind} value={kind} label={t(`roadmaps.linkKind.${kind}`)} disabled={busy} />
                        ))}
                      </Stack>
                    </Checkbox.Group>
                  ))}
                </Group>
              )}
              <Group gap="xs">
                <ActionIcon variant="default" disabled={busy || i === 0} onClick={() => swap(i, i - 1)} aria-label={t('roadmaps.layers.up', { name })}>
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  disabled={busy || i === drafts.length - 1}
                  onClick={() => swap(i, i + 1)}
                  aria-label={t('roadmaps.layers.down', { name })}
                >
                  ↓
                </ActionIcon>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  disabled={busy}
                  onClick={() => save(drafts.filter((_, j) => j !== i))}
                  aria-label={t('roadmaps.layers.removeOne', { name })}
                >
                  {t('roadmaps.layers.remove')}
                </Button>
              </Group>
            </Stack>
          );
        })}
        <Button variant="light" loading={busy} onClick={() => save(drafts)}>
          {t('roadmaps.layers.saveNames')}
        </Button>
        <Stack
          component="form"
          gap="xs"
          onSubmit={(e) => {
            e.preventDefault();
            edit('PUT', '/layers', { layers: [...drafts, { name: added }] }, () => setAdded({ vi: '', en: '' }));
          }}
        >
          <Group grow align="start" wrap="wrap">
            <TextInput
              label={t('roadmaps.layers.newVi')}
              value={added.vi}
              onChange={(e) => setAdded({ ...added, vi: e.currentTarget.value })}
              error={fieldMessage(error, `layers.${drafts.length}.name.vi`) ?? fieldMessage(error, `layers.${drafts.length}.name`)}
              miw={160}
            />
            <TextInput
              label={t('roadmaps.layers.newEn')}
              value={added.en}
              onChange={(e) => setAdded({ ...added, en: e.currentTarget.value })}
              error={fieldMessage(error, `layers.${drafts.length}.name.en`)}
              miw={160}
            />
          </Group>
          <Button type="submit" variant="default" loading={busy}>
            {t('roadmaps.layers.add')}
          </Button>
        </Stack>
      </Stack>
    </Card>
  );
}
