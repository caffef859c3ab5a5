import { demandMachine, publicationMachine } from '../../../domain/catalogue/workflow.js';
import { forbidden } from '../../errors.js';
import { coversProvince, isConnectionPointStaff, isNetworkStaff, type Actor } from '../auth/actor.js';

/** Who reviews likely duplicates: the moderators. Null means every province (network staff). */
export function authorizeDuplicateReview(actor: Actor): string[] | null {
  if (isNetworkStaff(actor)) return null;
  if (!isConnectionPointStaff(actor)) throw forbidden('not_moderator');
  return actor.connectionPointProvinces;
}

/** A pair is shown to the moderators of either record: a copy entered by another point is theirs to see too. */
export function canReviewPair(provinces: string[] | null, a: { provinceCode: string | null }, b: { provinceCode: string | null }): boolean {
  if (!provinces) return true;
  return [a.provinceCode, b.provinceCode].some((p) => !!p && provinces.includes(p));
}

// Public by the catalogue's own workflow machines.
const publicStatuses = new Set<string>([...publicationMachine.publicStatuses, ...demandMachine.publicStatuses]);

/** What the person writing a record is warned of: public records, and for moderators the waiting ones of their provinces too. */
export function visibleToWriter(actor: Actor, record: { status: string; provinceCode: string | null }): boolean {
  return publicStatuses.has(record.status) || coversProvince(actor, record.provinceCode);
}

/**
 * Who may merge a pair or mark it distinct: a moderator of EITHER record (network staff anywhere).
 * Either, not both: the pair is one finding shared by two connection points, most often a copy one
 * of them entered of the other's record; waiting for both to act would leave it open wherever one
 * point is slow, while the writers keep being warned of it. The decision is audited on both records
 * (with both owners' organisations), so the other point sees what was done and by whom.
 */
export function authorizePairDecision(actor: Actor, a: { provinceCode: string | null }, b: { provinceCode: string | null }): void {
  const provinces = authorizeDuplicateReview(actor);
  if (!canReviewPair(provinces, a, b)) throw forbidden('not_moderator_of_pair');
}

/** Only records still in the catalogue's life (past draft, not archived, closed or merged) are merged or judged. */
export function isComparable(type: 'offer' | 'demand', record: { status: string; mergedIntoId: string | null }): boolean {
  return !record.mergedIntoId && !['draft', type === 'offer' ? 'archived' : 'closed'].includes(record.status);
}
