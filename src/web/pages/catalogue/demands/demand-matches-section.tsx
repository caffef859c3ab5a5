import { Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemandMatches, useDismissDemandMatch } from '../../../api/matching.js';
import { MatchConnectButton } from '../../../components/connections/match-connect-button.js';
import { ErrorState } from '../../../components/error-state.js';
import { MatchCard } from '../../../components/matching/match-card.js';

type Props = { demandId: string; canConnect: boolean };

/** "Bỏ qua": hides a match that does not fit; it stays hidden when matches are recomputed. */
function DismissButton({ demandId, target }: { demandId: string; target: { offerId: string } | { expertId: string } }) {
  const { t } = useTranslation();
  const dismiss = useDismissDemandMatch(demandId);
  return (
    <Button size="xs" variant="subtle" color="gray" leftSection={<IconEyeOff size={14} />} loading={dismiss.isPending} onClick={() => dismiss.mutate(target)}>
      {t('catalogue.matches.dismiss')}
    </Button>
  );
}

/** The offers and experts that fit an open demand best, each with why; its editors may ask to connect or dismiss. */
export function DemandMatchesSection({ demandId, canConnect }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const matches = useDemandMatches(demandId);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t('catalogue.matches.title')}
      </Title>
      {matches.isPending && <Loader size="sm" />}
      {matches.isError && <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />}
      {matches.data &&
        (matches.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('catalogue.matches.empty')}
          </Text>
        ) : (
          <Stack gap="sm">
            {matches.data.items.map(({ offer, ...match }) => (
              <MatchCard
                key={offer.id}
                segment="offers"
                record={offer}
                title={offer.title}
                subtitle={offer.ownerName}
                {...match}
                actions={
                  canConnect && (
                    <>
                      <DismissButton demandId={demandId} target={{ offerId: offer.id }} />
                      <MatchConnectButton demandId={demandId} offerId={offer.id} />
                    </>
                  )
                }
              />
            ))}
          </Stack>
        ))}
      {matches.data && matches.data.experts.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('catalogue.matches.experts')}
          </Title>
          <Stack gap="sm">
            {matches.data.experts.map(({ expert, ...match }) => (
              <MatchCard
                key={expert.id}
                segment="experts"
                record={expert}
                title={expert.name}
                subtitle={[expert.title, expert.affiliationName].filter(Boolean).join(' · ') || null}
                {...match}
                actions={canConnect && <DismissButton demandId={demandId} target={{ expertId: expert.id }} />}
              />
            ))}
          </Stack>
        </>
      )}
    </Card>
  );
}
