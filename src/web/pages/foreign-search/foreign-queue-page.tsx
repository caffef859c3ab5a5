import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { foreignQueueStatuses } from '../../../shared/foreign-search/foreign-search.schemas.js';
import { useForeignQueue, type ForeignQueueFilters, type ForeignQueueItem } from '../../api/foreign-search.js';
import { StatusBadge } from '../../components/catalogue/status-badge.js';
import { StFieldSelect } from '../../components/catalogue/st-field-select.js';
import { useCodeLabels } from '../../components/catalogue/use-code-labels.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { CountryFilter } from './country-filter.js';

function QueueCard({ item }: { item: ForeignQueueItem }) {
  const { t } = useTranslation();
  const country = useCodeLabels('country');
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Anchor component={Link} to={`/foreign-search/${item.id}`} fw={600}>
          {item.title}
        </Anchor>
        {item.ownerName && (
          <Text size="sm" c="dimmed">
            {item.ownerName}
          </Text>
        )}
        {item.publicSummary && (
          <Text size="sm" lineClamp={2}>
            {item.publicSummary}
          </Text>
        )}
        <Group gap={6}>
          <StatusBadge status={item.status} />
          {item.targetCountries.map((code) => (
            <Badge key={code} variant="light">
              {country(code)}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('foreignSearch.queue.found', { count: item.foundOffers })} · {t('foreignSearch.queue.age', { count: item.ageDays })}
        </Text>
      </Stack>
    </Card>
  );
}

const filterKeys = ['country', 'status', 'field'] as const;

/** The queue's filters kept in the address, so a shared or reloaded link shows the same demands. */
function useQueueFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ForeignQueueFilters = { country: params.get('country'), status: params.get('status'), field: params.get('field') };
  const setFilter = (key: (typeof filterKeys)[number], value: string | null) => {
    const next: Record<string, string> = {};
    for (const k of filterKeys) {
      const v = k === key ? value : filters[k];
      if (v) next[k] = v;
    }
    setParams(next, { replace: true });
  };
  return { filters, setFilter };
}

/** /foreign-search — demands seeking technology abroad, waiting for the representative office to search its countries. */
export function ForeignQueuePage() {
  const { t } = useTranslation();
  const { filters, setFilter } = useQueueFilters();
  const queue = useForeignQueue(filters);
  // The country filter's choices come from the unfiltered answer; keep them while one country is shown.
  const all = useForeignQueue();
  const statuses = foreignQueueStatuses.map((status) => ({ value: status, label: t(`catalogue.status.${status}`) }));
  const figuresCountry = filters.country ?? all.countries?.[0];
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          figuresCountry && (
            <Button component={Link} to={`/foreign-search/figures?country=${figuresCountry}`} variant="light" leftSection={<IconChartBar size={18} />}>
              {t('foreignSearch.figures.open')}
            </Button>
          )
        }
      >
        {t('foreignSearch.queue.title')}
      </PageTitle>
      <Text c="dimmed">{t('foreignSearch.queue.lead')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <CountryFilter
          countries={all.countries}
          value={filters.country}
          onChange={(code) => setFilter('country', code)}
          placeholder={t('foreignSearch.queue.allCountries')}
        />
        <Select
          label={t('foreignSearch.queue.status')}
          placeholder={t('foreignSearch.queue.anyStatus')}
          clearable
          data={statuses}
          value={filters.status}
          onChange={(status) => setFilter('status', status)}
        />
        <StFieldSelect
          label={t('foreignSearch.queue.field')}
          placeholder={t('foreignSearch.queue.anyField')}
          clearable
          value={filters.field}
          onChange={(field) => setFilter('field', field)}
        />
      </SimpleGrid>
      {queue.isLoading && <LoadingState />}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && queue.items.length === 0 && <EmptyState title={t('foreignSearch.queue.empty')} />}
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {queue.items.map((item) => (
          <QueueCard key={item.id} item={item} />
        ))}
      </SimpleGrid>
      {queue.items.length > 0 && (
        <LoadMore
          shown={queue.items.length}
          total={queue.total}
          hasMore={queue.hasNextPage}
          loading={queue.isFetchingNextPage}
          onMore={() => void queue.fetchNextPage()}
        />
      )}
    </Stack>
  );
}
