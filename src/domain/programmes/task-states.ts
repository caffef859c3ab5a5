/**
 * The life of a National Technology Innovation Programme task as data (issue 15 §2): a proposal
 * is screened, judged by the identification council, gets a leading organisation (by selection
 * or direct assignment), has its content and budget appraised, is contracted, carried out under
 * reports and inspections, accepted and closed — or withdrawn by its proposer before the
 * contract, rejected by a council, or terminated by the agency after the contract.
 */
export const taskStatuses = [
  'draft',
  'submitted',
  'inadmissible',
  'admissible',
  'identification',
  'identified',
  'selection',
  'assigned',
  'appraisal',
  'appraised',
  'in-progress',
  'acceptance',
  'accepted',
  'closed',
  'rejected',
  'withdrawn',
  'terminated',
] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** Nothing happens to a task in these any more. */
export const finalStatuses: readonly TaskStatus[] = ['inadmissible', 'closed', 'rejected', 'withdrawn', 'terminated'];

/** Statuses from which the proposer may still withdraw: after submission, before the contract. */
export const beforeContract: readonly TaskStatus[] = [
  'submitted',
  'admissible',
  'identification',
  'identified',
  'selection',
  'assigned',
  'appraisal',
  'appraised',
];

export const taskActions = [
  'submit',
  'return-for-completion',
  'declare-admissible',
  'declare-inadmissible',
  'send-to-council',
  'identify',
  'decline',
  'open-selection',
  'select-leader',
  'assign-directly',
  'start-appraisal',
  'approve-appraisal',
  'sign-contract',
  'file-report',
  'record-inspection',
  'request-acceptance',
  'record-acceptance',
  'close',
  'withdraw',
  'terminate',
] as const;
export type TaskAction = (typeof taskActions)[number];

/**
 * Who acts: the organisation that proposed the task, the organisation leading it once chosen,
 * and agency staff running the programme (councils' conclusions are recorded by the agency).
 */
export type TaskRole = 'proposer' | 'leader' | 'agency';
export type TaskRoleFlags = Record<TaskRole, boolean>;

/** What the caller must also supply for an action to be taken. */
export type TaskRequirement = 'reason' | 'leadOrganisationId' | 'acceptanceRating';

export type TaskTransitionRule = {
  from: readonly TaskStatus[];
  /** `null`: the task stays where it is (a report or an inspection is recorded against it). */
  to: TaskStatus | null;
  roles: readonly TaskRole[];
  requires: readonly TaskRequirement[];
};

export const taskTransitions: Record<TaskAction, TaskTransitionRule> = {
  submit: { from: ['draft'], to: 'submitted', roles: ['proposer'], requires: [] },
  'return-for-completion': { from: ['submitted'], to: 'draft', roles: ['agency'], requires: ['reason'] },
  'declare-admissible': { from: ['submitted'], to: 'admissible', roles: ['agency'], requires: [] },
  'declare-inadmissible': { from: ['submitted'], to: 'inadmissible', roles: ['agency'], requires: ['reason'] },
  'send-to-council': { from: ['admissible'], to: 'identification', roles: ['agency'], requires: [] },
  identify: { from: ['identification'], to: 'identified', roles: ['agency'], requires: [] },
  // A council may say no at identification, selection (no suitable organisation) or appraisal.
  decline: { from: ['identification', 'selection', 'appraisal'], to: 'rejected', roles: ['agency'], requires: ['reason'] },
  'open-selection': { from: ['identified'], to: 'selection', roles: ['agency'], requires: [] },
  'select-leader': { from: ['selection'], to: 'assigned', roles: ['agency'], requires: ['leadOrganisationId'] },
  // Direct assignment skips the open selection, so it has to say why.
  'assign-directly': { from: ['identified'], to: 'assigned', roles: ['agency'], requires: ['leadOrganisationId', 'reason'] },
  'start-appraisal': { from: ['assigned'], to: 'appraisal', roles: ['agency'], requires: [] },
  'approve-appraisal': { from: ['appraisal'], to: 'appraised', roles: ['agency'], requires: [] },
  'sign-contract': { from: ['appraised'], to: 'in-progress', roles: ['agency'], requires: [] },
  'file-report': { from: ['in-progress'], to: null, roles: ['leader'], requires: [] },
  'record-inspection': { from: ['in-progress'], to: null, roles: ['agency'], requires: [] },
  'request-acceptance': { from: ['in-progress'], to: 'acceptance', roles: ['leader'], requires: [] },
  'record-acceptance': { from: ['acceptance'], to: 'accepted', roles: ['agency'], requires: ['acceptanceRating'] },
  close: { from: ['accepted'], to: 'closed', roles: ['agency'], requires: [] },
  withdraw: { from: beforeContract, to: 'withdrawn', roles: ['proposer', 'leader'], requires: ['reason'] },
  terminate: { from: ['in-progress', 'acceptance'], to: 'terminated', roles: ['agency'], requires: ['reason'] },
};
