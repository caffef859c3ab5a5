import { Button, Stack, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDemandMatches, useDismissDemandMatch } from '../../../../api/matching.js';
import { MatchConnectButton } from '../../../../components/connections/match-connect-button.js';
import { MatchCard } from '../../../../components/matching/match-card.js';
import { MatchesSection } from '../../../../components/matching/matches-section.js';
import { ListingMatchCard } from '../listing-match-card.js';

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
  return (
    <MatchesSection
      title={t('catalogue.matches.title')}
      empty={t('catalogue.matches.empty')}
      matches={useDemandMatches(demandId)}
      cards={(data) =>
        data.items.map(({ offer, ...match }) => (
          <ListingMatchCard
            key={offer.id}
            segment="offers"
            listing={offer}
            match={match}
            actions={
              canConnect && (
                <>
                  <DismissButton demandId={demandId} target={{ offerId: offer.id }} />
                  <MatchConnectButton demandId={demandId} offerId={offer.id} />
                </>
              )
            }
          />
        ))
      }
      footer={(data) =>
        data.experts.length > 0 && (
          <>
            <Title order={3} size="h5" mt="md" mb="xs">
              {t('catalogue.matches.experts')}
            </Title>
            <Stack gap="sm">
              {data.experts.map(({ expert, ...match }) => (
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
        )
      }
    />
  );
}
