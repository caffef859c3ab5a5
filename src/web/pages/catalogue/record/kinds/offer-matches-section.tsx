import { useTranslation } from 'react-i18next';
import { useOfferMatches } from '../../../../api/matching.js';
import { MatchConnectButton } from '../../../../components/connections/match-connect-button.js';
import { MatchesSection } from '../../../../components/matching/matches-section.js';
import { ListingMatchCard } from '../listing-match-card.js';

type Props = { offerId: string; canConnect: boolean };

/** The open demands a published offer could solve, each with why; shown to its owner and the staff who work it. */
export function OfferMatchesSection({ offerId, canConnect }: Props) {
  const { t } = useTranslation();
  return (
    <MatchesSection
      title={t('catalogue.matches.demandsTitle')}
      empty={t('catalogue.matches.demandsEmpty')}
      matches={useOfferMatches(offerId)}
      cards={(data) =>
        data.items.map(({ demand, ...match }) => (
          <ListingMatchCard
            key={demand.id}
            segment="demands"
            listing={demand}
            match={match}
            actions={canConnect && <MatchConnectButton demandId={demand.id} offerId={offerId} />}
          />
        ))
      }
    />
  );
}
