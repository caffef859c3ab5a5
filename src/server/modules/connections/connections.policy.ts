import { forbidden } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { coversProvince, isMemberOf, isNetworkStaff } from '../auth/actor.js';
import type { ConnectionRow } from './connections.repository.js';

export type ConnectionAccess = {
  side: 'seeker' | 'supplier' | null;
  isBroker: boolean;
  canView: boolean;
  canRespond: boolean;
  canAdvance: boolean;
  canMessage: boolean;
  canRecordAgreement: boolean;
};

/** Which connections a person's list holds: every one for network staff; otherwise their organisations', points' and brokered ones. */
export function connectionListScope(actor: Actor) {
  return {
    all: isNetworkStaff(actor),
    organisationIds: actor.memberships.map((m) => m.organisationId),
    connectionPointIds: actor.connectionPointIds,
    userId: actor.userId,
  };
}

const finished = new Set(['transferred', 'declined']);

/** The parties, the broker (its connection point's staff) and the agency see a connection; nobody else. */
export function connectionAccess(actor: Actor, c: ConnectionRow): ConnectionAccess {
  const seeker = !!c.seekerOrganisationId && isMemberOf(actor, c.seekerOrganisationId);
  const supplier = !!c.supplierOrganisationId && isMemberOf(actor, c.supplierOrganisationId);
  const isBroker = isNetworkStaff(actor) || c.brokerId === actor.userId || (!!c.connectionPointId && actor.connectionPointIds.includes(c.connectionPointId));
  const canView = seeker || supplier || isBroker;
  const answeringSide = c.requestedBy === 'supplier' ? 'seeker' : 'supplier';
  const answeringOrg = answeringSide === 'seeker' ? c.seekerOrganisationId : c.supplierOrganisationId;
  // A party without an account on the platform (e.g. a foreign partner) answers through the broker.
  const canRespond = c.stage === 'proposed' && ((answeringSide === 'seeker' ? seeker : supplier) || (!answeringOrg && isBroker));
  const open = !finished.has(c.stage);
  const canAdvance = open && c.stage !== 'proposed' && canView;
  return {
    side: seeker ? 'seeker' : supplier ? 'supplier' : null,
    isBroker,
    canView,
    canRespond,
    canAdvance: canAdvance || (open && c.stage === 'proposed' && isBroker),
    canMessage: canView,
    canRecordAgreement: canView && open && c.stage !== 'proposed',
  };
}

/**
 * Staff who act on a connection nobody brokers yet (connection point covering it, the agency)
 * become its broker: the network then knows who carries it. A party's own member never does.
 */
export function becomesBroker(actor: Actor, c: ConnectionRow): boolean {
  const access = connectionAccess(actor, c);
  return !c.brokerId && access.isBroker && access.side === null;
}

/** What a connection about to be started is about: its demand and offer as stored, the organisations the caller named, and its province. */
export type ConnectionStart = {
  demand: { ownerOrganisationId: string | null; targetCountries?: string[] } | undefined;
  offer: { ownerOrganisationId: string | null; country?: string | null } | undefined;
  named: { seekerOrganisationId?: string; supplierOrganisationId?: string };
  provinceCode: string | null;
};

export type ConnectionParties = { seekerId: string | null; supplierId: string | null; requestedBy: 'seeker' | 'supplier' | 'broker' };

/**
 * One party of a new connection. A demand's seeker is its owner, an offer's supplier its owner:
 * nobody names another. Only for a record without an owner organisation (entered by staff for an
 * enterprise or a foreign partner without an account) may the broker covering it name one.
 */
function partyOf(record: { ownerOrganisationId: string | null } | undefined, named: string | undefined, broker: boolean): string | null {
  if (!record) return named ?? null;
  if (!named || named === record.ownerOrganisationId) return record.ownerOrganisationId;
  if (!record.ownerOrganisationId && broker) return named;
  throw forbidden('party_not_allowed');
}

/** A representative office brokers a demand seeking technology in its countries with an offer from one of them. */
function repOfficeBrokers(actor: Actor, start: ConnectionStart): boolean {
  const covered = actor.repOfficeCountries;
  const offerCountry = start.offer?.country;
  if (covered.length === 0 || !offerCountry || !covered.includes(offerCountry)) return false;
  return !!start.demand?.targetCountries?.includes(offerCountry);
}

/**
 * Who the parties of a new connection are and on whose behalf the caller starts it: a member of
 * the seeker or of the supplier, or a broker (connection-point staff covering its province, the
 * agency, a representative office for a foreign offer in its countries). 403 for naming oneself or a third party into a demand or offer one does not own, and for
 * starting a connection between others without brokering it.
 */
export function authorizeConnectionStart(actor: Actor, start: ConnectionStart): ConnectionParties {
  const broker = coversProvince(actor, start.provinceCode) || repOfficeBrokers(actor, start);
  const seekerId = partyOf(start.demand, start.named.seekerOrganisationId, broker);
  const supplierId = partyOf(start.offer, start.named.supplierOrganisationId, broker);
  if (!!seekerId && isMemberOf(actor, seekerId)) return { seekerId, supplierId, requestedBy: 'seeker' };
  if (!!supplierId && isMemberOf(actor, supplierId)) return { seekerId, supplierId, requestedBy: 'supplier' };
  if (broker) return { seekerId, supplierId, requestedBy: 'broker' };
  throw forbidden('not_a_party');
}

/**
 * A declined connection is reopened only by the side that declined it (`decliner`, from its
 * history) or by the broker; a stalled one by anyone working it.
 */
export function canReopen(access: ConnectionAccess, c: ConnectionRow, decliner: 'seeker' | 'supplier' | null): boolean {
  if (c.stage !== 'declined') return access.canView;
  return access.isBroker || (!!access.side && access.side === decliner);
}
