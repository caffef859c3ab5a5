import { ActionIcon, Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../api/form-errors.js';
import { useSavedListings, useToggleSavedListing, type SavedListingPage } from '../../api/saved-listings.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDateTime } from '../../lib/format-date.js';

const segmentOf = { offer: 'offers', demand: 'demands', expert: 'experts' } as const;

function SavedCard({ item }: { item: SavedListingPage['items'][number] }) {
  const { t, i18n } = useTranslation();
  const toggle = useToggleSavedListing();
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light">{t(`savedListings.types.${item.type}`)}</Badge>
            <Badge variant="outline" color="gray">
              {t(`catalogue.status.${item.status}`)}
            </Badge>
          </Group>
          <Anchor component={Link} to={`/${segmentOf[item.type]}/${item.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('savedListings.savedOn', { date: formatDateTime(item.savedAt, i18n.language) })}
          </Text>
        </Stack>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('savedListings.removeLabel', { title: item.title })}
          loading={toggle.isPending}
          onClick={() =>
            toggle.mutate(
              { type: item.type, id: item.id, save: false },
              { onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }) },
            )
          }
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Group>
    </Card>
  );
}

/** /me/saved — the listings a person saved, a page at a time; only theirs. */
export function SavedListingsPage() {
  const { t } = useTranslation();
  const saved = useSavedListings();
  return (
    <Stack gap="md">
      <PageTitle>{t('savedListings.title')}</PageTitle>
      <Text size="sm">{t('savedListings.intro')}</Text>
      {saved.isLoading && <LoadingState />}
      {saved.isError && <ErrorState error={saved.error} onRetry={() => void saved.refetch()} />}
      {saved.isSuccess &&
        (saved.total === 0 ? (
          <EmptyState title={t('savedListings.empty')} />
        ) : (
          <>
            <Text size="sm" c="dimmed" role="status">
              {t('savedListings.total', { count: saved.total })}
            </Text>
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={saved.isFetching}>
              {saved.items.map((item) => (
                <SavedCard key={`${item.type}:${item.id}`} item={item} />
              ))}
            </Stack>
            <LoadMore
              shown={saved.items.length}
              total={saved.total}
              hasMore={saved.hasNextPage}
              loading={saved.isFetchingNextPage}
              onMore={() => void saved.fetchNextPage()}
            />
          </>
        ))}
    </Stack>
  );
}
