import type { Db } from '../../../db/client.js';
import { demandMachine, publicationMachine } from '../../../domain/catalogue/workflow.js';
import type { RankedMatch } from '../../../domain/matching/types.js';
import type { DemandMatchList, OfferMatchList } from '../../../shared/matching/matching.schemas.js';
import type { Actor } from '../auth/actor.js';
import { canView } from '../catalogue/catalogue.policy.js';
import { notFound } from '../../errors.js';
import { matchDemands, matchOffers } from './matcher.js';
import * as repository from './matching.repository.js';

/** Others' records that may appear as matches: published offers, demands open to the public. */
const visibleOfferStatuses = [...publicationMachine.publicStatuses];
const visibleDemandStatuses = ['open', 'connecting'];

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** Ranked published offers for a demand the caller may see (404 otherwise). */
export async function offerMatchesForDemand(db: Db, actor: Actor | null, demandId: string, limit: number): Promise<OfferMatchList> {
  const demand = await repository.findDemand(db, demandId);
  if (!demand || !canView(demandMachine, actor, demand)) throw notFound('demand');
  const ranked = await matchOffers(db, repository.toMatchDemand(demand), { statuses: visibleOfferStatuses, limit });
  const offers = byId(await repository.findOffers(db, ranked.map((m) => m.id)));
  const items = ranked.flatMap((match) => {
    const offer = offers.get(match.id);
    if (!offer) return [];
    const { id, title, language, country, provinceCode, trl, priceVnd, ownerName } = offer;
    return [{ offer: { id, title, language, country, provinceCode, trl, priceVnd, ownerName }, ...scored(match) }];
  });
  return { items, total: items.length, nextCursor: null };
}

/** Ranked open demands (public parts only) for an offer the caller may see (404 otherwise). */
export async function demandMatchesForOffer(db: Db, actor: Actor | null, offerId: string, limit: number): Promise<DemandMatchList> {
  const offer = await repository.findOffer(db, offerId);
  if (!offer || !canView(publicationMachine, actor, offer)) throw notFound('offer');
  const ranked = await matchDemands(db, repository.toMatchOffer(offer), { statuses: visibleDemandStatuses, limit });
  const demands = byId(await repository.findDemands(db, ranked.map((m) => m.id)));
  const items = ranked.flatMap((match) => {
    const demand = demands.get(match.id);
    if (!demand) return [];
    const { id, title, language, country, provinceCode, minTrl, ownerName } = demand;
    return [{ demand: { id, title, language, country, provinceCode, minTrl, ownerName }, ...scored(match) }];
  });
  return { items, total: items.length, nextCursor: null };
}

function scored(match: RankedMatch) {
  return { score: match.score, reasons: match.reasons.map((r) => ({ kind: r.kind, params: r.params as Record<string, string | number | string[]>, text: r.text })) };
}
