import type { Db } from '../../../db/client.js';
import { demandMachine, publicationMachine } from '../../../domain/catalogue/workflow.js';
import type { RankedMatch } from '../../../domain/matching/types.js';
import type { DemandMatchList, OfferMatchList } from '../../../shared/matching/matching.schemas.js';
import type { EmbeddingsConfig } from '../../config.js';
import { forbidden, notFound } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { canView, isEditor } from '../catalogue/catalogue.policy.js';
import { authorizeOfferMatches } from './matching.policy.js';
import { matchableDemandStatuses, matchableSupplyStatuses } from './matchable-statuses.js';
import { matchDemands, matchExperts, matchOffers, type MatchScope } from './matcher.js';
import * as repository from './matching.repository.js';
import { dismiss, dismissedForDemand, dismissedForSupply, type MatchPair } from './stored-matches.repository.js';

/** How the matcher runs for this server: the optional embedding provider and where its failures go. */
export type MatchingOptions = { embeddings: EmbeddingsConfig | null; onEmbeddingsError?: (error: unknown) => void };

const expertsShown = 5;

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** Ranks with room for the dismissed ones, then leaves them out. */
async function undismissed(rank: (scope: MatchScope) => Promise<RankedMatch[]>, scope: MatchScope, dismissed: Set<string>) {
  const ranked = await rank({ ...scope, limit: scope.limit + dismissed.size });
  return ranked.filter((m) => !dismissed.has(m.id)).slice(0, scope.limit);
}

/** Ranked published offers and experts for a demand the caller may see (404 otherwise), less those its side dismissed. */
export async function offerMatchesForDemand(db: Db, options: MatchingOptions, actor: Actor | null, demandId: string, limit: number): Promise<OfferMatchList> {
  const demand = await repository.findDemand(db, demandId);
  if (!demand || !canView(demandMachine, actor, demand)) throw notFound('demand');
  return matchesOfDemand(db, options, demand, limit);
}

/** A demand's matches as its page shows them, for a caller already allowed to see it (the CLI is the operator). */
export async function matchesOfDemand(db: Db, options: MatchingOptions, demand: repository.DemandRow, limit: number): Promise<OfferMatchList> {
  const query = repository.toMatchDemand(demand);
  const dismissed = await dismissedForDemand(db, demand.id);
  const scope = { statuses: matchableSupplyStatuses, ...options };
  const rankedOffers = await undismissed((s) => matchOffers(db, query, s), { ...scope, limit }, dismissed);
  const rankedExperts = await undismissed((s) => matchExperts(db, query, s), { ...scope, limit: Math.min(limit, expertsShown) }, dismissed);
  const offers = byId(
    await repository.findOffers(
      db,
      rankedOffers.map((m) => m.id),
    ),
  );
  const experts = byId(
    await repository.findExperts(
      db,
      rankedExperts.map((m) => m.id),
    ),
  );
  const items = rankedOffers.flatMap((match) => {
    const offer = offers.get(match.id);
    if (!offer) return [];
    const { id, title, language, country, provinceCode, trl, priceVnd, ownerName } = offer;
    return [{ offer: { id, title, language, country, provinceCode, trl, priceVnd, ownerName }, ...scored(match) }];
  });
  const expertItems = rankedExperts.flatMap((match) => {
    const expert = experts.get(match.id);
    if (!expert) return [];
    const { id, name, title, affiliationName, language, country, provinceCode } = expert;
    return [{ expert: { id, name, title, affiliationName, language, country, provinceCode }, ...scored(match) }];
  });
  return { items, experts: expertItems, total: items.length, nextCursor: null };
}

/** Ranked open demands (public parts only) for an offer's owner and staff (404 to who may not see it, 403 to other viewers), less those its side dismissed. */
export async function demandMatchesForOffer(db: Db, options: MatchingOptions, actor: Actor | null, offerId: string, limit: number): Promise<DemandMatchList> {
  const offer = await repository.findOffer(db, offerId);
  authorizeOfferMatches(actor, offer);
  const dismissed = await dismissedForSupply(db, { offerId });
  const query = repository.toMatchOffer(offer);
  const ranked = await undismissed((s) => matchDemands(db, query, s), { statuses: matchableDemandStatuses, limit, ...options }, dismissed);
  const demands = byId(
    await repository.findDemands(
      db,
      ranked.map((m) => m.id),
    ),
  );
  const items = ranked.flatMap((match) => {
    const demand = demands.get(match.id);
    if (!demand) return [];
    const { id, title, language, country, provinceCode, minTrl, ownerName } = demand;
    return [{ demand: { id, title, language, country, provinceCode, minTrl, ownerName }, ...scored(match) }];
  });
  return { items, total: items.length, nextCursor: null };
}

/** The demand's side hides an offer or an expert from the demand's matches, for good. */
export async function dismissForDemand(db: Db, actor: Actor, ctx: AuditContext, demandId: string, target: { offerId?: string; expertId?: string }) {
  const demand = await repository.findDemand(db, demandId);
  if (!demand || !canView(demandMachine, actor, demand)) throw notFound('demand');
  if (!isEditor(actor, demand)) throw forbidden('dismiss_not_allowed');
  const pair = { demandId, offerId: target.offerId ?? null, expertId: target.expertId ?? null };
  return recordDismissal(db, actor, ctx, pair, 'demand', demand.ownerOrganisationId);
}

/** The offer's side hides a demand from the offer's matches, for good. */
export async function dismissForOffer(db: Db, actor: Actor, ctx: AuditContext, offerId: string, demandId: string) {
  const offer = await repository.findOffer(db, offerId);
  if (!offer || !canView(publicationMachine, actor, offer)) throw notFound('offer');
  if (!isEditor(actor, offer)) throw forbidden('dismiss_not_allowed');
  const demand = await repository.findDemand(db, demandId);
  if (!demand) throw notFound('demand');
  return recordDismissal(db, actor, ctx, { demandId, offerId, expertId: null }, 'supply', offer.ownerOrganisationId);
}

async function recordDismissal(db: Db, actor: Actor, ctx: AuditContext, pair: MatchPair, side: 'demand' | 'supply', organisationId: string | null) {
  if (pair.offerId && side === 'demand' && !(await repository.findOffer(db, pair.offerId))) throw notFound('offer');
  if (pair.expertId && !(await repository.findExpert(db, pair.expertId))) throw notFound('expert');
  await db.transaction(async (tx) => {
    const { before, after } = await dismiss(tx, pair, side, actor.userId);
    await recordAudit(tx, ctx, { action: 'match.dismiss', entityType: 'match', entityId: after.id, organisationId, before, after: { ...pair, side } });
  });
  return { dismissed: true as const };
}

function scored(match: RankedMatch) {
  return {
    score: match.score,
    reasons: match.reasons.map((r) => ({ kind: r.kind, params: r.params as Record<string, string | number | string[]>, text: r.text })),
  };
}
