import type { ReactNode } from 'react';
import type { OfferMatch } from '../../../api/matching.js';
import { MatchCard } from '../../../components/matching/match-card.js';

type Props = {
  segment: 'offers' | 'demands';
  listing: { id: string; language: string; title: string; ownerName: string | null };
  match: Pick<OfferMatch, 'score' | 'reasons'>;
  actions: ReactNode;
};

/** A matched offer or demand: its title, whose it is, its score and why it fits. */
export function ListingMatchCard({ segment, listing, match, actions }: Props) {
  return (
    <MatchCard
      segment={segment}
      record={listing}
      title={listing.title}
      subtitle={listing.ownerName}
      score={match.score}
      reasons={match.reasons}
      actions={actions}
    />
  );
}
