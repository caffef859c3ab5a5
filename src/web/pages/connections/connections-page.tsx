import { Anchor, Box, Card, Group, SegmentedControl, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { connectionStages, type ConnectionStage } from '../../../domain/connections/stages.js';
import { useConnectionList, type ConnectionSummary } from '../../api/connections.js';
import { StageBadge } from '../../components/connections/stage-badge.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';

const isStage = (value: string | null): value is ConnectionStage => !!value && (connectionStages as readonly string[]).includes(value);
/** Stages after which a connection is history; the server lists current work before them. */
const finishedStages: readonly ConnectionStage[] = ['transferred', 'declined'];
const isFinished = (c: ConnectionSummary) => finishedStages.includes(c.stage);

/** /connections — the connections the person takes part in or brokers: current work first, by stage and year. */
export function ConnectionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('stage');
  const stage = isStage(stageParam) ? stageParam : null;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : null;
  const list = useConnectionList(stage, year);
  const years = (list.data?.pages[0] as { years?: number[] } | undefined)?.years ?? [];
  const setFilter = (next: { stage?: string | null; year?: number | null }) => {
    const merged = { stage: next.stage === undefined ? stage : next.stage, year: next.year === undefined ? year : next.year };
    const search: Record<string, string> = {};
    if (merged.stage) search.stage = merged.stage;
    if (merged.year) search.year = String(merged.year);
    setParams(search, { replace: true });
  };
  const setStage = (value: string) => setFilter({ stage: value === 'all' ? null : value });
  const firstFinished = list.items.findIndex(isFinished);
  return (
    <Stack gap="md">
      <PageTitle>{t('connections.list.title')}</PageTitle>
      <Select
        label={t('connectionList.year')}
        data={[{ value: 'all', label: t('connectionList.allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        value={year ? String(year) : 'all'}
        onChange={(value) => setFilter({ year: value && value !== 'all' ? Number(value) : null })}
        allowDeselect={false}
        maw={220}
      />
      <ScrollArea type="auto" offsetScrollbars>
        <SegmentedControl
          aria-label={t('connections.list.filter')}
          value={stage ?? 'all'}
          onChange={setStage}
          data={[{ value: 'all', label: t('connections.list.all') }, ...connectionStages.map((s) => ({ value: s, label: t(`connections.stages.${s}`) }))]}
        />
      </ScrollArea>
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && (
        <EmptyState title={t('connections.list.empty')} description={t(stage ? 'connections.list.emptyStage' : 'connections.list.emptyHint')} />
      )}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.items.map((c, index) => (
          <Fragment key={c.id}>
            {index === 0 && !isFinished(c) && firstFinished > 0 && (
              <Box component="li">
                <Title order={2} size="h5">
                  {t('connectionList.current')}
                </Title>
              </Box>
            )}
            {index === firstFinished && (
              <Box component="li" mt={index > 0 ? 'sm' : 0}>
                <Title order={2} size="h5">
                  {t('connectionList.finished')}
                </Title>
              </Box>
            )}
            <Card component="li" withBorder radius="md" padding="md">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
                  <Anchor component={Link} to={`/connections/${c.id}`} fw={600}>
                    {c.title || t('connections.list.untitled')}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {[c.seekerName, c.supplierName].filter(Boolean).join(' ⇄ ')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`connections.channels.${c.channel}`)} · {t('connectionList.lastActivity')} <DateTime value={c.lastActivityAt} dateOnly />
                  </Text>
                </Stack>
                <StageBadge stage={c.stage} />
              </Group>
            </Card>
          </Fragment>
        ))}
      </Stack>
      {list.items.length > 0 && (
        <LoadMore
          shown={list.items.length}
          total={list.total}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={() => void list.fetchNextPage()}
        />
      )}
    </Stack>
  );
}
