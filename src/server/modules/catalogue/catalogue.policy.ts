import { availableActions, isFinalStatus, isPublicStatus, type WorkflowMachine } from '../../../domain/catalogue/workflow.js';
import type { RecordAbilities } from '../../../shared/catalogue/catalogue.schemas.js';
import { coversProvince, isConnectionPointStaff, isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

/** Anyone who belongs to an organisation, or staff who enter records for others. */
export function canPostRecords(actor: Actor | null): boolean {
  return !!actor && (actor.memberships.length > 0 || canPostOnBehalf(actor));
}

/** Connection-point and agency staff enter records for organisations of the provinces they cover. */
export function canPostOnBehalf(actor: Actor | null): boolean {
  return isNetworkStaff(actor) || isConnectionPointStaff(actor);
}

/** The columns every catalogue rule looks at. */
export type OwnedRecord = {
  ownerOrganisationId: string | null;
  provinceCode: string | null;
  createdBy: string | null;
  status: string;
};

/** Owner organisation's members, whoever entered it, and the staff who cover its province (connection point, agency). */
export function isEditor(actor: Actor | null, record: OwnedRecord): boolean {
  if (!actor) return false;
  if (record.ownerOrganisationId && isMemberOf(actor, record.ownerOrganisationId)) return true;
  return record.createdBy === actor.userId || coversProvince(actor, record.provinceCode);
}

/** Staff of the connection point covering the record's province, agency staff and platform admins. */
export function isModerator(actor: Actor | null, record: OwnedRecord): boolean {
  return !!actor && coversProvince(actor, record.provinceCode);
}

export function canView(machine: WorkflowMachine, actor: Actor | null, record: OwnedRecord): boolean {
  return isPublicStatus(machine, record.status) || isEditor(actor, record);
}

export function canEditContent(machine: WorkflowMachine, actor: Actor | null, record: OwnedRecord): boolean {
  return isEditor(actor, record) && !isFinalStatus(machine, record.status);
}

export function abilitiesOf(machine: WorkflowMachine, actor: Actor | null, record: OwnedRecord): RecordAbilities {
  const actions = availableActions(machine, record.status, { editor: isEditor(actor, record), moderator: isModerator(actor, record) });
  return {
    canEdit: canEditContent(machine, actor, record),
    canSubmit: actions.includes('submit'),
    canPublish: actions.includes('publish'),
    canReturn: actions.includes('return'),
    canArchive: actions.includes('archive'),
  };
}

/**
 * Who may read a demand's confidential details: the owner organisation's members, the connection
 * point covering its province, agency staff and platform admins — and the parties of a
 * connection to it (`connectionPartyOrgIds`).
 */
export function canSeeConfidential(actor: Actor | null, demand: OwnedRecord, connectionPartyOrgIds: readonly string[]): boolean {
  if (!actor) return false;
  if (demand.ownerOrganisationId && isMemberOf(actor, demand.ownerOrganisationId)) return true;
  if (demand.createdBy === actor.userId || coversProvince(actor, demand.provinceCode)) return true;
  return connectionPartyOrgIds.some((id) => isMemberOf(actor, id));
}
