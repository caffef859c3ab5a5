import { publicationMachine } from '../../../domain/catalogue/workflow.js';
import { forbidden, notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { canSeeWhole, canView } from '../catalogue/catalogue.policy.js';

type OfferRow = { ownerOrganisationId: string | null; provinceCode: string | null; createdBy: string | null; status: string };

/**
 * An offer's matching demands are a lead list for whoever sells it: its owner organisation and
 * the staff who work it (the connection point covering it, the agency), the same people who read
 * the whole offer. Others may see the offer but not whom it could be sold to.
 */
export function authorizeOfferMatches(actor: Actor | null, offer: OfferRow | null): asserts offer is OfferRow {
  if (!offer || !canView(publicationMachine, actor, offer)) throw notFound('offer');
  if (!canSeeWhole(publicationMachine, actor, offer)) throw forbidden('matches_not_allowed');
}

/**
 * The organisations whose matches a person reads on the matches page: one they belong to, or all
 * of theirs. Naming an organisation they do not belong to is refused.
 */
export function matchesOrganisations(actor: Actor, organisationId: string | undefined): string[] {
  const mine = actor.memberships.map((m) => m.organisationId);
  if (!organisationId) return mine;
  if (!mine.includes(organisationId)) throw forbidden('not_member');
  return [organisationId];
}
