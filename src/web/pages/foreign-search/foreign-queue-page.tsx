import { Anchor, Badge, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useForeignQueue, type ForeignQueueItem } from '../../api/foreign-search.js';
import { useCodeLabels } from '../../components/catalogue/use-code-labels.js';
import { CountrySelect } from '../../components/country-select.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';

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

/** The countries a representative office covers, or (for network staff) any country. */
function CountryFilter({ countries, value, onChange }: { countries: string[] | null; value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const country = useCodeLabels('country');
  const label = t('foreignSearch.queue.country');
  const placeholder = t('foreignSearch.queue.allCountries');
  if (!countries) return <CountrySelect label={label} placeholder={placeholder} clearable value={value} onChange={onChange} maw={320} />;
  const data = countries.map((code) => ({ value: code, label: country(code) }));
  return <Select label={label} placeholder={placeholder} clearable data={data} value={value} onChange={onChange} maw={320} />;
}

/** /foreign-search — demands seeking technology abroad, waiting for the representative office to search its countries. */
export function ForeignQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const country = params.get('country');
  const queue = useForeignQueue(country);
  // The filter's choices come from the unfiltered answer; keep them while one country is shown.
  const all = useForeignQueue(null);
  return (
    <Stack gap="md">
      <PageTitle>{t('foreignSearch.queue.title')}</PageTitle>
      <Text c="dimmed">{t('foreignSearch.queue.lead')}</Text>
      <CountryFilter countries={all.countries} value={country} onChange={(code) => setParams(code ? { country: code } : {}, { replace: true })} />
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
