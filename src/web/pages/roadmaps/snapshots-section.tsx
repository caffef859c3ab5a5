import { Button, Card, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import { useComparison, useSnapshots } from '../../api/roadmaps.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { formatDateTime } from '../../lib/format-date.js';
import { usePeriodText, useText } from './roadmap-labels.js';

type Option = { value: string; label: string };

/**
 * A snapshot to compare, searched by name on the server (a roadmap may have many): the newest page
 * until the person types, the chosen one kept as an option whatever the search; `fixed` options first.
 */
function SnapshotPicker({
  roadmapId,
  label,
  value,
  onChange,
  fixed = [],
}: {
  roadmapId: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  fixed?: Option[];
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  const [q] = useDebouncedValue(search === chosen?.label ? '' : search, 250);
  const found = useSnapshots(roadmapId, q);
  const options = new Map(fixed.map((o) => [o.value, o.label]));
  if (chosen && chosen.value === value) options.set(chosen.value, chosen.label);
  for (const s of found.items) options.set(s.id, `${s.name} (${formatDateTime(s.takenAt, i18n.language)})`);
  return (
    <Select
      searchable
      label={label}
      data={[...options].map(([v, l]) => ({ value: v, label: l }))}
      value={value}
      onChange={(v, option) => (setChosen(option), onChange(v))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('catalogue.search.noOptions')}
      allowDeselect={fixed.length === 0}
    />
  );
}

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
        {snapshots.isLoading ? (
          <LoadingState lines={2} />
        ) : snapshots.isError ? (
          <ErrorState error={snapshots.error} onRetry={() => void snapshots.refetch()} />
        ) : snapshots.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('roadmaps.snapshots.empty')}
          </Text>
        ) : (
          <Group grow align="end">
            <SnapshotPicker roadmapId={roadmap.id} label={t('roadmaps.snapshots.compareFrom')} value={from} onChange={setFrom} />
            <SnapshotPicker
              roadmapId={roadmap.id}
              label={t('roadmaps.snapshots.compareTo')}
              fixed={[{ value: 'current', label: t('roadmaps.snapshots.current') }]}
              value={to}
              onChange={(v) => setTo(v ?? 'current')}
            />
          </Group>
        )}
        {snapshots.items.length > 0 && (
          <Group gap="xs">
            {snapshots.items.map((s) => (
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
        {snapshots.items.length > 0 && (
          <LoadMore
            shown={snapshots.items.length}
            total={snapshots.total}
            hasMore={snapshots.hasNextPage}
            loading={snapshots.isFetchingNextPage}
            onMore={() => void snapshots.fetchNextPage()}
          />
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
