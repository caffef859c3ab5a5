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
