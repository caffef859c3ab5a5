import { Anchor, Card, Group, SegmentedControl, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { connectionStages, type ConnectionStage } from '../../../domain/connections/stages.js';
import { useConnectionList } from '../../api/connections.js';
import { StageBadge } from '../../components/connections/stage-badge.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';

const isStage = (value: string | null): value is ConnectionStage => !!value && (connectionStages as readonly string[]).includes(value);

/** /connections — the connections the person takes part in or brokers, by stage. */
export function ConnectionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('stage');
  const stage = isStage(stageParam) ? stageParam : null;
  const list = useConnectionList(stage);
  const setStage = (value: string) => setParams(value === 'all' ? {} : { stage: value }, { replace: true });
  return (
    <Stack gap="md">
      <PageTitle>{t('connections.list.title')}</PageTitle>
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
        {list.items.map((c) => (
          <Card key={c.id} component="li" withBorder radius="md" padding="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
                <Anchor component={Link} to={`/connections/${c.id}`} fw={600}>
                  {c.title || t('connections.list.untitled')}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[c.seekerName, c.supplierName].filter(Boolean).join(' ⇄ ')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`connections.channels.${c.channel}`)} · {t('connections.list.lastActivity')} <DateTime value={c.lastActivityAt} />
                </Text>
              </Stack>
              <StageBadge stage={c.stage} />
            </Group>
          </Card>
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
