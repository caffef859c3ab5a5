import { aliasedTable, and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demands, experts, matches, offers, organisations } from '../../../db/schema/index.js';
import { matchableDemandStatuses, matchableSupplyStatuses } from './matchable-statuses.js';

export type MatchPosition = { computedAt: Date; id: string };

const demandOwner = aliasedTable(organisations, 'demand_owner');
const offerOwner = aliasedTable(organisations, 'offer_owner');

/**
 * The stored matches of the organisations' records, newest first: pairs where the organisation
 * owns the demand (and has not dismissed the offer or expert, which is still public), or owns the
 * offer or expert (and has not dismissed the demand, which is still open).
 */
export async function organisationMatches(db: Executor, organisationIds: string[], page: { limit: number; after: MatchPosition | null }) {
  const ownsDemand = and(
    inArray(demands.ownerOrganisationId, organisationIds),
    isNull(matches.demandSideDismissedAt),
    or(inArray(offers.status, matchableSupplyStatuses), inArray(experts.status, matchableSupplyStatuses)),
  );
  const ownsSupply = and(
    or(inArray(offers.ownerOrganisationId, organisationIds), inArray(experts.ownerOrganisationId, organisationIds)),
    isNull(matches.supplySideDismissedAt),
    inArray(demands.status, matchableDemandStatuses),
  );
  const mine = or(ownsDemand, ownsSupply) as SQL;
  const after = page.after
    ? or(lt(matches.computedAt, page.after.computedAt), and(eq(matches.computedAt, page.after.computedAt), lt(matches.id, page.after.id)))
    : undefined;
  const base = () =>
    db
      .select({
        id: matches.id,
        demandId: matches.demandId,
        offerId: matches.offerId,
        expertId: matches.expertId,
        score: matches.score,
        reasons: matches.reasons,
        computedAt: matches.computedAt,
        demandTitle: demands.title,
        demandLanguage: demands.language,
        demandOwnerId: demands.ownerOrganisationId,
        demandOwnerName: sql<string | null>`coalesce(${demandOwner.nameVi}, ${demands.ownerName})`,
        offerTitle: offers.title,
        offerLanguage: offers.language,
        offerOwnerName: sql<string | null>`coalesce(${offerOwner.nameVi}, ${offers.ownerName})`,
        expertName: experts.name,
        expertLanguage: experts.language,
        expertAffiliation: experts.affiliationName,
      })
      .from(matches)
      .innerJoin(demands, eq(matches.demandId, demands.id))
      .leftJoin(demandOwner, eq(demands.ownerOrganisationId, demandOwner.id))
      .leftJoin(offers, eq(matches.offerId, offers.id))
      .leftJoin(offerOwner, eq(offers.ownerOrganisationId, offerOwner.id))
      .leftJoin(experts, eq(matches.expertId, experts.id));
  const [items, [{ total }]] = await Promise.all([
    base()
      .where(and(mine, after))
      .orderBy(desc(matches.computedAt), desc(matches.id))
      .limit(page.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(matches)
      .innerJoin(demands, eq(matches.demandId, demands.id))
      .leftJoin(offers, eq(matches.offerId, offers.id))
      .leftJoin(experts, eq(matches.expertId, experts.id))
      .where(mine),
  ]);
  return { items, total };
}
