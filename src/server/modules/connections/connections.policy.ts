import type { Actor } from '../auth/actor.js';
import { isMemberOf, isNetworkStaff } from '../auth/actor.js';
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
