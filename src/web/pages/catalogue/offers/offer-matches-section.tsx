import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfferMatches } from '../../../api/matching.js';
import { MatchConnectButton } from '../../../components/connections/match-connect-button.js';
import { ErrorState } from '../../../components/error-state.js';
import { MatchCard } from '../../../components/matching/match-card.js';

type Props = { offerId: string; canConnect: boolean };

/** The open demands a published offer could solve, each with why; shown to its owner and the staff who work it. */
export function OfferMatchesSection({ offerId, canConnect }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const matches = useOfferMatches(offerId);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t('catalogue.matches.demandsTitle')}
      </Title>
      {matches.isPending && <Loader size="sm" />}
      {matches.isError && <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />}
      {matches.data &&
        (matches.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('catalogue.matches.demandsEmpty')}
          </Text>
        ) : (
          <Stack gap="sm">
            {matches.data.items.map(({ demand, ...match }) => (
              <MatchCard
                key={demand.id}
                segment="demands"
                record={demand}
                title={demand.title}
                subtitle={demand.ownerName}
                {...match}
                actions={canConnect && <MatchConnectButton demandId={demand.id} offerId={offerId} />}
              />
            ))}
          </Stack>
        ))}
    </Card>
  );
}
