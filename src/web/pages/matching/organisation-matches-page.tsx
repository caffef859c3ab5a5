import { Badge, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useMyMatches, type OrganisationMatch } from '../../api/matching.js';
import { MatchConnectButton } from '../../components/connections/match-connect-button.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { MatchCard } from '../../components/matching/match-card.js';
import { PageTitle } from '../../components/page-title.js';

const segments = { offer: 'offers', expert: 'experts', demand: 'demands' } as const;

function OrganisationMatchCard({ match }: { match: OrganisationMatch }) {
  const { t } = useTranslation();
  const subtitle = [
    t(`myMatches.types.${match.other.type}`),
    match.other.ownerName,
    t(match.side === 'demand' ? 'myMatches.forDemand' : 'myMatches.forSupply', { title: match.mine.title }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack gap={2} component="li">
      <MatchCard
        segment={segments[match.other.type]}
        record={{ id: match.other.id, language: match.other.language }}
        title={match.other.title}
        subtitle={subtitle}
        score={match.score}
        reasons={match.reasons}
        actions={match.connect ? <MatchConnectButton demandId={match.connect.demandId} offerId={match.connect.offerId} /> : null}
      />
      <Text size="xs" c="dimmed" ta="right">
        {t('myMatches.found')} <DateTime value={match.computedAt} dateOnly />
      </Text>
    </Stack>
  );
}

/** /matches — the matches of the organisation's demands, offers and experts in one list, newest first. */
export function OrganisationMatchesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const memberships = me.data?.memberships ?? [];
  const chosen = params.get('organisation');
  const organisationId = memberships.some((m) => m.organisationId === chosen) ? chosen : null;
  const list = useMyMatches(organisationId);
  return (
    <Stack gap="md">
      <PageTitle>{t('myMatches.title')}</PageTitle>
      <Text c="dimmed">{t('myMatches.lead')}</Text>
      {memberships.length > 1 && (
        <Select
          label={t('myMatches.organisation')}
          maw={420}
          allowDeselect={false}
          value={organisationId ?? 'all'}
          onChange={(value) => setParams(value && value !== 'all' ? { organisation: value } : {}, { replace: true })}
          data={[{ value: 'all', label: t('myMatches.allOrganisations') }, ...memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))]}
        />
      )}
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && (
        <EmptyState title={t('myMatches.empty')} description={t(memberships.length ? 'myMatches.emptyHint' : 'myMatches.noOrganisation')} />
      )}
      {list.items.length > 0 && (
        <Badge variant="light" color="gray" tt="none" style={{ alignSelf: 'flex-start' }}>
          {list.total}
        </Badge>
      )}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.items.map((match) => (
          <OrganisationMatchCard key={match.id} match={match} />
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
