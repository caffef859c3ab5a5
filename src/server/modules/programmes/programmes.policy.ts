import type { TaskRoleFlags } from '../../../domain/programmes/task-states.js';
import { AppError, FieldError, forbidden } from '../../errors.js';
import { isMemberOf, isNetworkStaff, type Actor } from '../auth/actor.js';

/**
 * Who may do what in the National Technology Innovation Programme: agency staff run it (calls,
 * screening, councils' conclusions, appraisal, contracts, inspections, acceptance); proposers see
 * and edit their own proposals and read the feedback on them; the leading organisation reports on
 * its task; the public sees only published summaries. The state machine says which role acts when.
 */
export type TaskRef = { proposerOrganisationId: string | null; leadOrganisationId: string | null; summaryPublishedAt: Date | null };

/** Agency staff (and platform admins) run the programme. */
export const runsProgramme = (actor: Actor | null): boolean => isNetworkStaff(actor);

export function authorizeRunProgramme(actor: Actor): void {
  if (!runsProgramme(actor)) throw forbidden('not_programme_staff');
}

/** The caller's roles on a task, as the state machine reads them. */
export function taskRoles(actor: Actor | null, task: TaskRef): TaskRoleFlags {
  return {
    proposer: !!actor && !!task.proposerOrganisationId && isMemberOf(actor, task.proposerOrganisationId),
    leader: !!actor && !!task.leadOrganisationId && isMemberOf(actor, task.leadOrganisationId),
    agency: runsProgramme(actor),
  };
}

/** A task is seen whole by the agency, its proposer and its leader; anybody else gets 404 (its existence does not leak). */
export function canViewTask(actor: Actor | null, task: TaskRef): boolean {
  const roles = taskRoles(actor, task);
  return roles.agency || roles.proposer || roles.leader;
}

export function authorizeViewTask(actor: Actor | null, task: TaskRef): void {
  if (!canViewTask(actor, task)) throw new AppError('NOT_FOUND', { entity: 'programme-task' });
}

/** The public summary of a closed task, once published. */
export function canViewPublicSummary(task: TaskRef): boolean {
  return task.summaryPublishedAt !== null;
}

/** A proposal is written on behalf of an organisation the person belongs to (agency staff too, for agency units). */
export function authorizeProposeFor(actor: Actor, organisationId: string): void {
  if (!isMemberOf(actor, organisationId)) throw new FieldError([{ path: 'proposerOrganisationId', key: 'propose_for_own_organisation' }]);
}

/** Only the proposer edits its draft. */
export function canEditDraft(actor: Actor | null, task: TaskRef & { status: string }): boolean {
  return task.status === 'draft' && taskRoles(actor, task).proposer;
}

export function authorizeEditDraft(actor: Actor, task: TaskRef & { status: string }): void {
  authorizeViewTask(actor, task);
  if (!canEditDraft(actor, task))
    throw task.status === 'draft' ? forbidden('not_task_proposer') : new AppError('INVALID_TRANSITION', { reason: 'not_a_draft' });
}

/** The leading organisation files the reports its contract calls for. */
export function authorizeFileReport(actor: Actor, task: TaskRef): void {
  authorizeViewTask(actor, task);
  if (!taskRoles(actor, task).leader) throw forbidden('not_task_leader');
}

/** Overlaps with other proposals and offers are for the staff preparing the council. */
export function canSeeOverlaps(actor: Actor | null): boolean {
  return runsProgramme(actor);
}
