import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useEvents, useOrganiserOptions, type EventSummaryData } from '../../api/events.js';
import { useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { useDateRange, useEventName } from './event-labels.js';

function EventCard({ event }: { event: EventSummaryData }) {
  const { t } = useTranslation();
  const name = useEventName();
  const range = useDateRange();
  const province = useProvinceLabels();
  const legacyProvince = useProvinceLabels('legacy');
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group gap={6}>
          <Badge variant="light">{t(`events.kind.${event.kind}`)}</Badge>
        </Group>
        <Anchor component={Link} to={`/events/${event.id}`} fw={600}>
          {name(event)}
        </Anchor>
        <Text size="sm">{range(event.startsOn, event.endsOn)}</Text>
        <Text size="sm" c="dimmed">
          {[event.venue, event.provinceCode ? province(event.provinceCode) : legacyProvince(event.legacyProvinceCode)].filter(Boolean).join(' · ')}
        </Text>
        {event.organisers.length > 0 && (
          <Text size="xs" c="dimmed">
            {event.organisers.map((o) => o.name).join(', ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function EventGrid({ when }: { when: 'coming' | 'past' }) {
  const { t } = useTranslation();
  const events = useEvents(when);
  if (events.isLoading) return <LoadingState />;
  if (events.isError) return <ErrorState error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.items.length) return <EmptyState title={t('events.list.empty')} />;
  return (
    <>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {events.items.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </SimpleGrid>
      <LoadMore
        shown={events.items.length}
        total={events.total}
        hasMore={events.hasNextPage}
        loading={events.isFetchingNextPage}
        onMore={() => void events.fetchNextPage()}
      />
    </>
  );
}

/** /events — the network's events, coming and past, public. */
export function EventsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const when = params.get('when') === 'past' ? 'past' : 'coming';
  const me = useMe();
  const signedIn = !!me.data?.user;
  const options = useOrganiserOptions(signedIn);
  const canCreate = signedIn && options.data?.canCreate;
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          canCreate ? (
            <Button component={Link} to="/events/new">
              {t('events.list.create')}
            </Button>
          ) : undefined
        }
      >
        {t('events.list.title')}
      </PageTitle>
      <Text c="dimmed">{t('events.list.lead')}</Text>
      <Tabs value={when} onChange={(value) => setParams(value === 'past' ? { when: 'past' } : {}, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="coming">{t('events.list.coming')}</Tabs.Tab>
          <Tabs.Tab value="past">{t('events.list.past')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <EventGrid when={when} />
    </Stack>
  );
}
