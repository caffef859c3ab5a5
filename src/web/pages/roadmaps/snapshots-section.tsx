import { Button, Card, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import { useComparison, useSnapshots } from '../../api/roadmaps.js';
import { formatDateTime } from '../../lib/format-date.js';
import { usePeriodText, useText } from './roadmap-labels.js';

/** Named snapshots (taken by editors, exportable) and what changed since one of them. */
export function SnapshotsSection({ roadmap, canEdit, take, busy }: { roadmap: Roadmap; canEdit: boolean; take: (name: string) => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const periodText = usePeriodText();
  const snapshots = useSnapshots(roadmap.id);
  const [name, setName] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>('current');
  const diff = useComparison(roadmap.id, from, to);
  const titleOf = (id: string) => {
    const item = roadmap.items.find((i) => i.id === id);
    return item ? text(item.title) : id;
  };
  const options = (snapshots.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${formatDateTime(s.takenAt, i18n.language)})` }));
  const d = diff.data;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('roadmaps.snapshots.title')}
        </Title>
        {canEdit && (
          <Group align="end" component="form" onSubmit={(e) => (e.preventDefault(), take(name), setName(''))}>
            <TextInput label={t('roadmaps.snapshots.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button type="submit" loading={busy}>
              {t('roadmaps.snapshots.take')}
            </Button>
          </Group>
        )}
        {options.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('roadmaps.snapshots.empty')}
          </Text>
        ) : (
          <Group grow align="end">
            <Select label={t('roadmaps.snapshots.compareFrom')} data={options} value={from} onChange={setFrom} />
            <Select
              label={t('roadmaps.snapshots.compareTo')}
              data={[{ value: 'current', label: t('roadmaps.snapshots.current') }, ...options]}
              value={to}
              onChange={(v) => setTo(v ?? 'current')}
              allowDeselect={false}
            />
          </Group>
        )}
        {options.length > 0 && (
          <Group gap="xs">
            {(snapshots.data?.items ?? []).slice(0, 5).map((s) => (
              <Button
                key={s.id}
                size="compact-xs"
                variant="subtle"
                component="a"
                href={`/api/roadmaps/${roadmap.id}/export/pdf?lang=${i18n.language === 'en' ? 'en' : 'vi'}&snapshot=${s.id}`}
              >
                {t('roadmaps.snapshots.pdf', { name: s.name })}
              </Button>
            ))}
          </Group>
        )}
        {d && (
          <Stack gap={4} data-testid="comparison">
            {[d.added.length, d.removed.length, d.moved.length, d.statusChanged.length, d.linksAdded.length, d.linksRemoved.length].every((n) => n === 0) && (
              <Text size="sm">{t('roadmaps.snapshots.noChange')}</Text>
            )}
            {d.added.length > 0 && (
              <Text size="sm">
                {t('roadmaps.snapshots.added')}: {d.added.map((i) => text(i.title)).join(', ')}
              </Text>
            )}
            {d.removed.length > 0 && (
              <Text size="sm">
                {t('roadmaps.snapshots.removed')}: {d.removed.map((i) => text(i.title)).join(', ')}
              </Text>
            )}
            {d.moved.length > 0 && (
              <List size="sm">
                {d.moved.map((m) => (
                  <List.Item key={m.id}>
                    {t('roadmaps.snapshots.moved')}: {titleOf(m.id)} — {periodText(m.from.period)} → {periodText(m.to.period)}
                  </List.Item>
                ))}
              </List>
            )}
            {d.statusChanged.map((s) => (
              <Text size="sm" key={s.id}>
                {t('roadmaps.snapshots.statusChanged')}: {titleOf(s.id)} — {t(`roadmaps.status.${s.from}`)} → {t(`roadmaps.status.${s.to}`)}
              </Text>
            ))}
            {d.linksAdded.length + d.linksRemoved.length > 0 && (
              <Text size="sm">{t('roadmaps.snapshots.links', { added: d.linksAdded.length, removed: d.linksRemoved.length })}</Text>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
