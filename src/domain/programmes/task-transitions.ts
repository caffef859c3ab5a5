import type { Rating } from './acceptance-rating.js';
import { finalStatuses, taskActions, taskTransitions, type TaskAction, type TaskRoleFlags, type TaskStatus } from './task-states.js';

/** Where a task stands. `endedFrom` keeps the status a rejected, withdrawn or terminated task left. */
export type TaskState = {
  status: TaskStatus;
  /** When the last transition happened; a new one may not be dated earlier. */
  since: Date;
  leadOrganisationId: string | null;
  acceptanceRating: Rating | null;
  endedFrom: TaskStatus | null;
};

/** Who acts, when and why (the caller supplies it), with what the action needs. */
export type TransitionContext = {
  by: string;
  at: Date;
  roles: TaskRoleFlags;
  reason?: string | null;
  leadOrganisationId?: string | null;
  acceptanceRating?: Rating | null;
  /** The call's submission deadline, extensions included; none for a standing programme. */
  submissionDeadline?: Date | null;
  /** The setting "overdue reports block the same leader's new proposals" is on and this proposer has some. */
  blockedByOverdueReports?: boolean;
};

/** The audit line of a transition: stored as the task's history. */
export type TransitionEntry = {
  action: TaskAction;
  from: TaskStatus;
  to: TaskStatus;
  by: string;
  at: Date;
  reason: string | null;
};

export type RefusalCode =
  'finished' | 'illegal-transition' | 'forbidden-role' | 'missing-field' | 'before-previous-transition' | 'past-deadline' | 'overdue-reports';

export type TransitionDecision =
  { ok: true; next: TaskState; entry: TransitionEntry } | { ok: false; code: RefusalCode; path?: 'reason' | 'leadOrganisationId' | 'acceptanceRating' | 'at' };

/** A new proposal, as its first draft is saved. */
export function newTaskState(at: Date): TaskState {
  return { status: 'draft', since: at, leadOrganisationId: null, acceptanceRating: null, endedFrom: null };
}

const present = (value: string | null | undefined) => typeof value === 'string' && value.trim().length > 0;

/** Whether the action must say why (the UI makes the reason field mandatory). */
export function actionRequiresReason(action: TaskAction): boolean {
  return taskTransitions[action].requires.includes('reason');
}

/** Takes `action` on a task in `state` if the rules allow it; otherwise the refusal's code (and the field at fault). */
export function decideTransition(state: TaskState, action: TaskAction, context: TransitionContext): TransitionDecision {
  const rule = taskTransitions[action];
  if (finalStatuses.includes(state.status)) return { ok: false, code: 'finished' };
  if (!rule.from.includes(state.status)) return { ok: false, code: 'illegal-transition' };
  if (!rule.roles.some((role) => context.roles[role])) return { ok: false, code: 'forbidden-role' };
  if (context.at.getTime() < state.since.getTime()) return { ok: false, code: 'before-previous-transition', path: 'at' };
  for (const requirement of rule.requires) {
    const missing = requirement === 'acceptanceRating' ? !context.acceptanceRating : !present(context[requirement]);
    if (missing) return { ok: false, code: 'missing-field', path: requirement };
  }
  if (action === 'submit') {
    if (context.submissionDeadline && context.at.getTime() > context.submissionDeadline.getTime()) return { ok: false, code: 'past-deadline' };
    if (context.blockedByOverdueReports) return { ok: false, code: 'overdue-reports' };
  }
  const to = rule.to ?? state.status;
  const ends = to === 'rejected' || to === 'withdrawn' || to === 'terminated';
  const next: TaskState = {
    status: to,
    since: context.at,
    leadOrganisationId: rule.requires.includes('leadOrganisationId') ? (context.leadOrganisationId ?? null) : state.leadOrganisationId,
    acceptanceRating: action === 'record-acceptance' ? (context.acceptanceRating ?? null) : state.acceptanceRating,
    endedFrom: ends ? state.status : state.endedFrom,
  };
  const reason = present(context.reason) ? (context.reason as string).trim() : null;
  return { ok: true, next, entry: { action, from: state.status, to, by: context.by, at: context.at, reason } };
}

/** The actions someone with these roles could take now (for the UI's buttons); fields are checked on the attempt. */
export function availableActions(state: TaskState, roles: TaskRoleFlags): TaskAction[] {
  if (finalStatuses.includes(state.status)) return [];
  return taskActions.filter((action) => {
    const rule = taskTransitions[action];
    return rule.from.includes(state.status) && rule.roles.some((role) => roles[role]);
  });
}
