import { isMemberOf, type Actor } from '../auth/actor.js';

/** The columns of a demand the confidentiality rule looks at: who owns it, where it is, who entered it. */
type ConfidentialRecord = {
  ownerOrganisationId: string | null;
  provinceCode: string | null;
  createdBy: string | null;
  status: string;
};

/** A connection to the demand, as stored: who the parties are, who started it and how far it went. */
export type DemandConnectionFacts = {
  seekerOrganisationId: string | null;
  supplierOrganisationId: string | null;
  requestedBy: string;
  stage: string;
  resumeStage: string | null;
};

const acceptedStages = new Set(['accepted', 'meeting', 'mou', 'contract', 'transferred']);

/** Past `proposed`: the answering side accepted it (a stalled one remembers where it stood). */
function wasAccepted(c: DemandConnectionFacts): boolean {
  return acceptedStages.has(c.stage) || (c.stage === 'stalled' && !!c.resumeStage && acceptedStages.has(c.resumeStage));
}

/**
 * Whether a connection opens the demand's confidential part to its parties: its seeker is the
 * demand's owner (or, for a demand without one, a broker named it), it is not declined, and the
 * demand's side started it (its owner or a broker) or accepted it. A request a supplier sent, or
 * a seeker someone named who does not own the demand, opens nothing.
 */
export function opensConfidential(demand: ConfidentialRecord, c: DemandConnectionFacts): boolean {
  if (c.stage === 'declined') return false;
  const seekerIsOwner = c.seekerOrganisationId === demand.ownerOrganisationId;
  const brokerNamedSeeker = !demand.ownerOrganisationId && c.requestedBy === 'broker';
  if (!seekerIsOwner && !brokerNamedSeeker) return false;
  return c.requestedBy === 'seeker' || c.requestedBy === 'broker' || wasAccepted(c);
}

/**
 * THE rule for a demand's confidential part (details, contacts, confidential files): its owner
 * organisation's members and whoever entered it, the connection points covering its province,
 * agency staff, and the members of the parties of a connection that opens it
 * (`opensConfidential`). Platform admins run accounts and settings: being one opens nothing.
 * Every output path asks this function.
 */
export function canSeeConfidential(actor: Actor | null, demand: ConfidentialRecord, connections: readonly DemandConnectionFacts[]): boolean {
  if (!actor) return false;
  const coveringPoint = !!demand.provinceCode && actor.connectionPointProvinces.includes(demand.provinceCode);
  if (isOwnerSide(actor, demand) || coveringPoint || actor.isAgency) return true;
  return connections.some(
    (c) => opensConfidential(demand, c) && [c.seekerOrganisationId, c.supplierOrganisationId].some((id) => !!id && isMemberOf(actor, id)),
  );
}

/** The demand's own side: its owner organisation's members, or whoever entered it. Their reads are not audited. */
export function isOwnerSide(actor: Actor, demand: ConfidentialRecord): boolean {
  return (!!demand.ownerOrganisationId && isMemberOf(actor, demand.ownerOrganisationId)) || demand.createdBy === actor.userId;
}
