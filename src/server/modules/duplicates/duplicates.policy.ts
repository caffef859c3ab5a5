import { forbidden } from '../../errors.js';
import { isConnectionPointStaff, isNetworkStaff, type Actor } from '../auth/actor.js';

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
