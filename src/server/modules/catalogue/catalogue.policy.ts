import {
  availableActions,
  isFinalStatus,
  isPublicStatus,
  type ActionRole,
  type WorkflowAction,
  type WorkflowMachine,
} from '../../../domain/catalogue/workflow.js';
import type { CatalogueType, RecordAbilities } from '../../../shared/catalogue/catalogue.schemas.js';
import { forbidden, notFound } from '../../errors.js';
import { coversProvince, isConnectionPointStaff, isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

/** The columns every catalogue rule looks at. */
type OwnedRecord = {
  ownerOrganisationId: string | null;
  provinceCode: string | null;
  createdBy: string | null;
  status: string;
};

/** What the rules need of a kind of record. */
type Kind = { type: CatalogueType; machine: WorkflowMachine };

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

/** Public records for everyone, the others for their editors. */
export function canView(machine: WorkflowMachine, actor: Actor | null, record: OwnedRecord): boolean {
  return isPublicStatus(machine, record.status) || isEditor(actor, record);
}

/**
 * `canView` as facts a query can filter by (the same rule, for lists that must count exactly): public
 * statuses for everyone; every record for network staff; else records owned by the caller's
 * organisations, entered by the caller, or in the provinces their connection point covers.
 */
export function viewScope(actor: Actor) {
  return {
    everything: isNetworkStaff(actor),
    organisationIds: actor.memberships.map((m) => m.organisationId),
    userId: actor.userId,
    provinces: actor.connectionPointProvinces,
  };
}

/** Editors change a record until it is final (archived, fulfilled, closed). */
export function canEditContent(machine: WorkflowMachine, actor: Actor | null, record: OwnedRecord): boolean {
  return isEditor(actor, record) && !isFinalStatus(machine, record.status);
}

/** Who reads the whole of an offer or expert (private fields, workflow): its editors while it is live, and agency staff. */
export function canSeeWhole(machine: WorkflowMachine, actor: Actor | null, record: OwnedRecord): boolean {
  return canEditContent(machine, actor, record) || !!actor?.isAgency;
}

/** What the caller may do with a record, for the buttons the web shows. */
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

/** 404, not 403, for a record the caller may not see: existence does not leak. */
export function authorizeView<R extends OwnedRecord>(kind: Kind, actor: Actor | null, record: R | undefined): asserts record is R {
  if (!record || !canView(kind.machine, actor, record)) throw notFound(kind.type);
}

export function authorizeEdit(kind: Kind, actor: Actor | null, record: OwnedRecord): void {
  if (!canEditContent(kind.machine, actor, record)) throw forbidden('edit_not_allowed');
}

/** 403 for who neither edits nor moderates the record, before its status is even looked at (a refusal, not a 409). */
export function authorizeWorkflow(actor: Actor, record: OwnedRecord, action: WorkflowAction): void {
  if (!isEditor(actor, record) && !isModerator(actor, record)) throw forbidden(`${action}_not_allowed`);
}

/** Editors' actions (submit, archive…) for editors, moderators' (publish, return…) for moderators. */
export function authorizeAction(actor: Actor, record: OwnedRecord, action: WorkflowAction, role: ActionRole): void {
  const allowed = role === 'editor' ? isEditor(actor, record) : isModerator(actor, record);
  if (!allowed) throw forbidden(`${action}_not_allowed`);
}

/** Anyone who belongs to an organisation, or staff who enter records for others. */
export function canPostRecords(actor: Actor | null): boolean {
  return !!actor && (actor.memberships.length > 0 || canPostOnBehalf(actor));
}

/** Members of an organisation work in its workspace (its records, matches, assessments, programmes). */
export function canUseWorkspace(actor: Actor | null): boolean {
  return !!actor && actor.memberships.length > 0;
}

/** Connection-point and agency staff enter records for organisations of the provinces they cover. */
export function canPostOnBehalf(actor: Actor | null): boolean {
  return isNetworkStaff(actor) || isConnectionPointStaff(actor);
}

/** The organisation a new record belongs to when the caller names none: theirs, when they are a plain member of one. */
export function defaultOwnerOf(actor: Actor | null): string | null {
  if (!actor || actor.memberships.length !== 1 || canPostOnBehalf(actor)) return null;
  return actor.memberships[0]!.organisationId;
}

/** A record about to be entered: its owner organisation (and where that is), and its province. */
type RecordEntry = { ownerOrganisationId: string | null; owner: { provinceCode: string | null } | undefined; provinceCode: string | null };

/** Members enter records for their organisation; connection-point and agency staff on behalf of anyone in their provinces. */
export function canEnterRecord(actor: Actor, entry: RecordEntry): boolean {
  if (entry.ownerOrganisationId && isMemberOf(actor, entry.ownerOrganisationId)) return true;
  return coversProvince(actor, entry.provinceCode) && (!entry.owner || coversProvince(actor, entry.owner.provinceCode));
}

export function authorizeEntry(actor: Actor, entry: RecordEntry): void {
  if (!canEnterRecord(actor, entry)) throw forbidden('province_not_covered');
}

/** The provinces whose queue the actor works: null for all (network staff); 403 for who moderates nowhere. */
export function authorizeModeration(actor: Actor): string[] | null {
  if (isNetworkStaff(actor)) return null;
  if (!isConnectionPointStaff(actor)) throw forbidden('not_moderator');
  return actor.connectionPointProvinces;
}

/** The network-wide overview is for network staff. */
export function canSeeOverview(actor: Actor): boolean {
  return isNetworkStaff(actor);
}

export function authorizeOverview(actor: Actor): void {
  if (!canSeeOverview(actor)) throw forbidden('agency_only');
}

/** An organisation's workspace: its members and network staff. */
export function canSeeWorkspace(actor: Actor, organisationId: string): boolean {
  return isMemberOf(actor, organisationId) || isNetworkStaff(actor);
}

export function authorizeWorkspace(actor: Actor, organisationId: string | undefined): void {
  if (organisationId && !canSeeWorkspace(actor, organisationId)) throw forbidden('not_member');
}
