import { forbidden, notFound } from '../../errors.js';
import { isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';
import { isEditor } from '../catalogue/catalogue.policy.js';

type Listing = { ownerOrganisationId: string | null; provinceCode: string | null; createdBy: string | null; status: string };

/** A view by the listing's own side (its author or a member of its owner organisation) is not counted. */
export function isOwnView(actor: Actor | null, listing: { ownerOrganisationId?: string | null; createdBy?: string | null }): boolean {
  if (!actor) return false;
  return (!!listing.ownerOrganisationId && isMemberOf(actor, listing.ownerOrganisationId)) || listing.createdBy === actor.userId;
}

/**
 * A listing's figures are for its owner organisation's members, its author, the staff of the
 * connection point covering its province and network staff (the catalogue's editors); for anyone
 * else the figures are not there (404, so that a draft's existence does not leak either).
 */
export function authorizeListingOutcome(actor: Actor, listing: Listing | null): asserts listing is Listing {
  if (!listing || !isEditor(actor, listing)) throw notFound('listing');
}

/** A connection point's month table: its own staff and network staff. */
export function authorizePointOutcomes(actor: Actor, point: { id: string } | null): asserts point is { id: string } {
  if (!point) throw notFound('connection-point');
  if (!isNetworkStaff(actor) && !actor.connectionPointIds.includes(point.id)) throw forbidden('connection_point_staff_only');
}
