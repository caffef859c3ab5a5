import { Anchor, Badge, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLikelyDuplicates, type DuplicatePair } from '../../api/duplicates.js';
import { StatusBadge } from '../../components/catalogue/status-badge.js';
import { useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { PairDecision } from './pair-decision.js';

type Side = DuplicatePair['a'];

function RecordSide({ side, segment, onlyHere }: { side: Side; segment: string; onlyHere: string[] }) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/${segment}/${side.id}`} fw={600}>
        {side.title}
      </Anchor>
      <Group gap="xs">
        <StatusBadge status={side.status} />
        {side.provinceCode && (
          <Text size="sm" c="dimmed">
            {province(side.provinceCode)}
          </Text>
        )}
      </Group>
      {onlyHere.length > 0 && (
        <Text size="sm">
          <Text span c="dimmed">
            {t('duplicates.onlyIn')}:
          </Text>{' '}
          {onlyHere.slice(0, 8).join(', ')}
        </Text>
      )}
    </Stack>
  );
}

function PairCard({ pair, type }: { pair: DuplicatePair; type: 'offer' | 'demand' }) {
  const segment = type === 'offer' ? 'offers' : 'demands';
  const { t } = useTranslation();
  const parts = (list: string[]) => list.map((p) => t(`duplicates.parts.${p}`)).join(', ');
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Group justify="space-between" mb="xs">
        <Badge color={pair.score >= 0.7 ? 'red' : 'orange'} variant="light" tt="none">
          {t('duplicates.score')}: {Math.round(pair.score * 100)}%
        </Badge>
        <Text size="sm">
          {pair.agree.length > 0 && `${t('duplicates.agree')}: ${parts(pair.agree)}`}
          {pair.differ.length > 0 && ` · ${t('duplicates.differ')}: ${parts(pair.differ)}`}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RecordSide side={pair.a} segment={segment} onlyHere={pair.onlyInA} />
        <RecordSide side={pair.b} segment={segment} onlyHere={pair.onlyInB} />
      </SimpleGrid>
      <PairDecision pair={pair} type={type} />
    </Card>
  );
}

/** /duplicates — likely duplicate offers or demands for the moderators of either record. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') === 'demand' ? 'demand' : 'offer';
  const pairs = useLikelyDuplicates(type);
  return (
    <Stack gap="md">
      <PageTitle>{t('duplicates.title')}</PageTitle>
      <Text size="sm">{t('duplicates.intro')}</Text>
      <SegmentedControl
        aria-label={t('duplicates.type')}
        value={type}
        onChange={(value) => setParams({ type: value }, { replace: true })}
        data={(['offer', 'demand'] as const).map((value) => ({ value, label: t(`duplicates.types.${value}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {pairs.isLoading && <LoadingState />}
      {pairs.isError && <ErrorState error={pairs.error} onRetry={() => void pairs.refetch()} />}
      {pairs.first && (
        <>
          <Text size="sm" c="dimmed">
            {t('duplicates.compared', { count: pairs.first.compared })}
          </Text>
          {pairs.items.length === 0 ? (
            <EmptyState title={t('duplicates.empty')} />
          ) : (
            <>
              <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {pairs.items.map((pair) => (
                  <PairCard key={`${pair.a.id}:${pair.b.id}`} pair={pair} type={type} />
                ))}
              </Stack>
              <LoadMore
                shown={pairs.items.length}
                total={pairs.total}
                hasMore={pairs.hasNextPage}
                loading={pairs.isFetchingNextPage}
                onMore={() => void pairs.fetchNextPage()}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
