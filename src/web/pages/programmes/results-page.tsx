import { Anchor, Badge, Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePublicSummaries, usePublicSummary } from '../../api/programmes.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { useMoney } from './labels.js';

/** /programmes/results — the published summaries of closed tasks, public. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const list = usePublicSummaries();
  return (
    <Stack gap="md">
      <PageTitle>{t('programmes.results.title')}</PageTitle>
      <Text c="dimmed">{t('programmes.results.lead')}</Text>
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('programmes.results.empty')} />}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.items.map((item) => (
          <Card key={item.id} withBorder component="li">
            <Anchor component={Link} to={`/programmes/results/${item.id}`} fw={600}>
              {item.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[item.leadName, formatDate(item.publishedAt, i18n.language)].filter(Boolean).join(' · ')}
            </Text>
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

/** /programmes/results/:id — one task's public summary of results, its contracted budget and products. */
export function ResultPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const query = usePublicSummary(id);
  if (query.isLoading) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  return (
    <Stack gap="md">
      <PageTitle>{s.title}</PageTitle>
      {s.acceptanceRating && <Badge color="green">{t(`programmes.rating.${s.acceptanceRating}`)}</Badge>}
      <Text size="sm">
        {t('programmes.fields.leader')}: {s.leadName ?? '—'} · {t('programmes.results.published', { on: formatDate(s.publishedAt, i18n.language) })}
      </Text>
      <Card withBorder>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{s.publicSummary}</Text>
      </Card>
      <Text size="sm">
        {t('programmes.results.budget', { total: money.short(s.contracted.bySource.total), state: money.short(s.contracted.bySource.state) })}
      </Text>
      {s.products.length > 0 && (
        <Card withBorder>
          <Text fw={600} component="h2" mb="xs">
            {t('programmes.results.products')}
          </Text>
          <Table>
            <Table.Tbody>
              {s.products.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    {p.offerId ? (
                      <Anchor component={Link} to={`/offers/${p.offerId}`}>
                        {t('programmes.acceptance.seeOffer')}
                      </Anchor>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
