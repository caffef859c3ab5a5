import type { Actor } from '../auth/actor.js';
import { isMemberOf } from '../auth/actor.js';
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

const finished = new Set(['transferred', 'declined']);

/** The parties, the broker (its connection point's staff) and the agency see a connection; nobody else. */
export function connectionAccess(actor: Actor, c: ConnectionRow): ConnectionAccess {
  const seeker = !!c.seekerOrganisationId && isMemberOf(actor, c.seekerOrganisationId);
  const supplier = !!c.supplierOrganisationId && isMemberOf(actor, c.supplierOrganisationId);
  const isBroker =
    actor.isAgency || actor.isPlatformAdmin || c.brokerId === actor.userId || (!!c.connectionPointId && actor.connectionPointIds.includes(c.connectionPointId));
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
