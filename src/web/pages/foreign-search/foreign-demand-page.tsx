import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCatalogueRecord } from '../../api/catalogue.js';
import { useCreateConnection } from '../../api/connections.js';
import { useForeignOffers, useForeignQueue } from '../../api/foreign-search.js';
import { errorText } from '../../api/form-errors.js';
import { useCodeLabels } from '../../components/catalogue/use-code-labels.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ForeignOfferForm } from './foreign-offer-form.js';

type Demand = { id: string; title: string; publicSummary: string | null; ownerName: string | null; targetCountries: string[] };

/** /foreign-search/:id — one demand from the queue: the foreign offers found for it, a new one, and a connection with each. */
export function ForeignDemandPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const country = useCodeLabels('country');
  const demand = useCatalogueRecord<Demand>('demands', id);
  const offers = useForeignOffers(id);
  const connect = useCreateConnection();
  // An office records offers only from the countries it covers (network staff: any the demand targets).
  const covered = useForeignQueue().countries;
  if (demand.isPending) return <LoadingState />;
  if (demand.isError) return <ErrorState error={demand.error} onRetry={() => void demand.refetch()} />;
  const d = demand.data;
  const start = (offerId: string) =>
    connect.mutate({ demandId: id, offerId, origin: 'broker', channel: 'rep-office' }, { onSuccess: (c) => void navigate(`/connections/${c.id}`) });
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/foreign-search" size="sm">
        ← {t('foreignSearch.queue.title')}
      </Anchor>
      <PageTitle>{d.title}</PageTitle>
      <Stack gap={4}>
        {d.ownerName && <Text c="dimmed">{d.ownerName}</Text>}
        {d.publicSummary && <Text>{d.publicSummary}</Text>}
        <Group gap={6}>
          {d.targetCountries.map((code) => (
            <Badge key={code} variant="light">
              {country(code)}
            </Badge>
          ))}
        </Group>
        <Anchor component={Link} to={`/demands/${id}`} size="sm">
          {t('foreignSearch.demand.open')}
        </Anchor>
      </Stack>
      <Text fw={600}>{t('foreignSearch.demand.found')}</Text>
      {offers.isError && <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />}
      {offers.isSuccess && offers.items.length === 0 && <EmptyState title={t('foreignSearch.demand.none')} />}
      {connect.isError && (
        <Text c="red" role="alert">
          {errorText(t, connect.error)}
        </Text>
      )}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {offers.items.map((link) => (
          <Card key={link.id} component="li" withBorder radius="md" padding="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
                <Anchor component={Link} to={`/offers/${link.offer.id}`} fw={600}>
                  {link.offer.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[link.offer.ownerName, country(link.offer.country)].filter(Boolean).join(' · ')}
                </Text>
                {link.note && <Text size="sm">{link.note}</Text>}
                <Text size="xs" c="dimmed">
                  {link.repOfficeName} · <DateTime value={link.createdAt} dateOnly />
                </Text>
              </Stack>
              <Button variant="light" onClick={() => start(link.offer.id)} loading={connect.isPending && connect.variables?.offerId === link.offer.id}>
                {t('foreignSearch.demand.connect')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      {offers.items.length > 0 && (
        <LoadMore
          shown={offers.items.length}
          total={offers.total}
          hasMore={offers.hasNextPage}
          loading={offers.isFetchingNextPage}
          onMore={() => void offers.fetchNextPage()}
        />
      )}
      <ForeignOfferForm demandId={id} countries={d.targetCountries.filter((c) => !covered || covered.includes(c))} />
    </Stack>
  );
}
