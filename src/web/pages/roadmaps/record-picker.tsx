import { Anchor, Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoadmapItem } from '../../../domain/roadmaps/types.js';
import { linkableRecordKinds, type LinkableRecordKind } from '../../../shared/roadmaps/roadmaps.schemas.js';
import { useRecordCandidates, type RoadmapDetailData } from '../../api/roadmaps.js';

type Live = RoadmapDetailData['live'][string][number];

const recordPaths: Record<LinkableRecordKind, string> = {
  demand: '/demands/',
  offer: '/offers/',
  expert: '/experts/',
  connection: '/connections/',
  task: '/programmes/tasks/',
};
const isLinkable = (kind: string): kind is LinkableRecordKind => (linkableRecordKinds as readonly string[]).includes(kind);

/** The item's records with their live state (matched, connected, MoU, contract, transferred, the task's state); editors may untie them. */
export function LinkedRecords({ live, onUnlink, busy }: { live: Live[]; onUnlink?: (record: Live) => void; busy: boolean }) {
  const { t } = useTranslation();
  if (live.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('roadmaps.item.records')}
      </Text>
      {live.map((r) => {
        const name = r.title ?? t(`roadmaps.recordKind.${r.kind}`);
        return (
          <Group key={`${r.kind}:${r.id}`} gap="xs" data-testid="linked-record">
            <Badge variant="outline">{t(`roadmaps.recordKind.${r.kind}`)}</Badge>
            {isLinkable(r.kind) ? (
              <Anchor component={Link} to={`${recordPaths[r.kind]}${r.id}`} size="sm">
                {name}
              </Anchor>
            ) : (
              <Text size="sm">{name}</Text>
            )}
            <Badge color="teal" data-testid="live-state">
              {t(`roadmaps.live.${r.state}`, { defaultValue: r.state })}
            </Badge>
            {onUnlink && isLinkable(r.kind) && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                disabled={busy}
                onClick={() => onUnlink(r)}
                aria-label={t('roadmaps.records.unlinkOne', { name })}
              >
                {t('roadmaps.records.unlink')}
              </Button>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

/** Ties an existing record to the item: choose its kind, search by words (with or without diacritics), tie one. */
export function RecordPicker({ item, onLink, busy }: { item: RoadmapItem; onLink: (kind: LinkableRecordKind, id: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LinkableRecordKind>('demand');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const candidates = useRecordCandidates(kind, q);
  const tied = new Set(item.records.map((r) => `${r.kind}:${r.id}`));
  const shown = candidates.items.filter((c) => !tied.has(`${kind}:${c.id}`));
  return (
    <Stack gap="xs" component="section" aria-labelledby="record-picker-title">
      <Title order={3} size="h5" id="record-picker-title">
        {t('roadmaps.records.title')}
      </Title>
      <Group grow align="end" wrap="wrap">
        <Select
          label={t('roadmaps.records.kind')}
          data={linkableRecordKinds.map((k) => ({ value: k, label: t(`roadmaps.recordKind.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as LinkableRecordKind)}
          allowDeselect={false}
          miw={160}
        />
        <TextInput
          label={t('roadmaps.records.search')}
          description={t('roadmaps.records.searchHint')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          miw={180}
        />
      </Group>
      {candidates.isError ? (
        <Text size="sm" c="red">
          {t('roadmaps.records.loadFailed')}
        </Text>
      ) : candidates.isLoading ? (
        <Text size="sm">{t('roadmaps.records.loading')}</Text>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('roadmaps.records.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('roadmaps.records.found')}>
          {shown.map((c) => (
            <Group component="li" key={c.id} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" truncate>
                  {c.title}
                </Text>
                {c.note && (
                  <Text size="xs" c="dimmed" truncate>
                    {c.note}
                  </Text>
                )}
              </Stack>
              <Button
                size="compact-sm"
                variant="light"
                loading={busy}
                onClick={() => onLink(kind, c.id)}
                aria-label={t('roadmaps.records.linkOne', { name: c.title })}
              >
                {t('roadmaps.records.link')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {candidates.hasNextPage && (
        <Button variant="subtle" size="compact-sm" loading={candidates.isFetchingNextPage} onClick={() => void candidates.fetchNextPage()}>
          {t('roadmaps.records.more', { shown: candidates.items.length, total: candidates.total })}
        </Button>
      )}
    </Stack>
  );
}
