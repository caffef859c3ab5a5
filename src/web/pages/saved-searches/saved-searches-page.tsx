import { ActionIcon, Anchor, Card, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { savedSearchFrequencies } from '../../../shared/saved-searches/saved-searches.schemas.js';
import { errorText } from '../../api/form-errors.js';
import { useDeleteSavedSearch, useSavedSearches, useUpdateSavedSearch, type SavedSearch } from '../../api/saved-searches.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDateTime } from '../../lib/format-date.js';

function SavedSearchCard({ search }: { search: SavedSearch }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) });
  const link = `/${search.type}s?${new URLSearchParams(search.query).toString()}`;
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Anchor component={Link} to={link} fw={600} aria-label={`${t('savedSearches.open')}: ${search.name}`}>
            {search.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t(`savedSearches.types.${search.type}`)} ·{' '}
            {search.lastSentAt ? t('savedSearches.lastSent', { date: formatDateTime(search.lastSentAt, i18n.language) }) : t('savedSearches.never')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Select
            aria-label={`${t('savedSearches.frequency')}: ${search.name}`}
            value={search.frequency}
            allowDeselect={false}
            w={190}
            data={savedSearchFrequencies.map((f) => ({ value: f, label: t(`savedSearches.frequencies.${f}`) }))}
            onChange={(frequency) => frequency && update.mutate({ id: search.id, frequency: frequency as SavedSearch['frequency'] }, { onError })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('savedSearches.deleteLabel', { name: search.name })}
            onClick={() => remove.mutate(search.id, { onError })}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      </Group>
    </Card>
  );
}

/** /me/saved-searches — a person's saved catalogue searches and how often they hear of new matches. */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  const searches = useSavedSearches();
  return (
    <Stack gap="md">
      <PageTitle>{t('savedSearches.title')}</PageTitle>
      <Text size="sm">{t('savedSearches.intro')}</Text>
      {searches.isLoading && <LoadingState />}
      {searches.isError && <ErrorState error={searches.error} onRetry={() => void searches.refetch()} />}
      {searches.isSuccess &&
        (searches.items.length === 0 ? (
          <EmptyState title={t('savedSearches.empty')} />
        ) : (
          <>
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {searches.items.map((search) => (
                <SavedSearchCard key={search.id} search={search} />
              ))}
            </Stack>
            <LoadMore
              shown={searches.items.length}
              total={searches.total}
              hasMore={searches.hasNextPage}
              loading={searches.isFetchingNextPage}
              onMore={() => void searches.fetchNextPage()}
            />
          </>
        ))}
    </Stack>
  );
}
