import { describe, expect, it } from 'vitest';
import { taskActions, taskStatuses, type TaskAction, type TaskStatus } from './task-states.js';
import { actionRequiresReason, availableActions, decideTransition, newTaskState, type TaskState, type TransitionContext } from './task-transitions.js';

const t0 = new Date('2019-03-01T08:00:00Z');
const later = new Date('2019-03-02T08:00:00Z');
const everyone = { proposer: true, leader: true, agency: true };
const full: TransitionContext = { by: 'u1', at: later, roles: everyone, reason: 'because', leadOrganisationId: 'org-9', acceptanceRating: 'satisfactory' };
const at = (status: TaskStatus): TaskState => ({ ...newTaskState(t0), status });

// The legal moves, written out independently of the machine's table so that a change to either shows.
const legal: Record<string, TaskStatus> = {
  'draft submit': 'submitted',
  'submitted return-for-completion': 'draft',
  'submitted declare-admissible': 'admissible',
  'submitted declare-inadmissible': 'inadmissible',
  'admissible send-to-council': 'identification',
  'identification identify': 'identified',
  'identification decline': 'rejected',
  'selection decline': 'rejected',
  'appraisal decline': 'rejected',
  'identified open-selection': 'selection',
  'selection select-leader': 'assigned',
  'identified assign-directly': 'assigned',
  'assigned start-appraisal': 'appraisal',
  'appraisal approve-appraisal': 'appraised',
  'appraised sign-contract': 'in-progress',
  'in-progress file-report': 'in-progress',
  'in-progress record-inspection': 'in-progress',
  'in-progress request-acceptance': 'acceptance',
  'acceptance record-acceptance': 'accepted',
  'accepted close': 'closed',
  'in-progress terminate': 'terminated',
  'acceptance terminate': 'terminated',
  ...Object.fromEntries(
    ['submitted', 'admissible', 'identification', 'identified', 'selection', 'assigned', 'appraisal', 'appraised'].map((s) => [`${s} withdraw`, 'withdrawn']),
  ),
};
const ended: TaskStatus[] = ['inadmissible', 'closed', 'rejected', 'withdrawn', 'terminated'];

describe('task state machine', () => {
  it('refuses every illegal transition and allows exactly the legal ones', () => {
    let refused = 0;
    for (const status of taskStatuses) {
      for (const action of taskActions) {
        const decision = decideTransition(at(status), action, full);
        const expected = legal[`${status} ${action}`];
        if (expected) {
          expect(decision, `${status} → ${action}`).toMatchObject({ ok: true, next: { status: expected } });
        } else {
          refused++;
          expect(decision, `${status} → ${action}`).toEqual({ ok: false, code: ended.includes(status) ? 'finished' : 'illegal-transition' });
        }
      }
    }
    expect(refused).toBe(taskStatuses.length * taskActions.length - Object.keys(legal).length);
  });

  it('walks a task from draft to closed, recording who, when and why', () => {
    const path: Array<[TaskAction, Partial<TransitionContext>]> = [
      ['submit', { roles: { proposer: true, leader: false, agency: false } }],
      ['declare-admissible', {}],
      ['send-to-council', {}],
      ['identify', {}],
      ['assign-directly', { reason: 'only producer of the line', leadOrganisationId: 'org-1' }],
      ['start-appraisal', {}],
      ['approve-appraisal', {}],
      ['sign-contract', {}],
      ['file-report', { roles: { proposer: false, leader: true, agency: false } }],
      ['request-acceptance', { roles: { proposer: false, leader: true, agency: false } }],
      ['record-acceptance', { acceptanceRating: 'excellent' }],
      ['close', {}],
    ];
    let state = newTaskState(t0);
    const staff = { proposer: false, leader: false, agency: true };
    for (const [i, [action, extra]] of path.entries()) {
      const decision = decideTransition(state, action, { by: `u${i}`, at: new Date(t0.getTime() + (i + 1) * 86_400_000), roles: staff, ...extra });
      if (!decision.ok) throw new Error(`${action} refused: ${decision.code}`);
      expect(decision.entry).toMatchObject({ action, from: state.status, by: `u${i}` });
      state = decision.next;
    }
    expect(state).toMatchObject({ status: 'closed', leadOrganisationId: 'org-1', acceptanceRating: 'excellent' });
  });

  it('refuses the wrong role, a missing reason or organisation, and a date before the last transition', () => {
    const proposerOnly = { proposer: true, leader: false, agency: false };
    expect(decideTransition(at('submitted'), 'declare-admissible', { ...full, roles: proposerOnly })).toEqual({ ok: false, code: 'forbidden-role' });
    expect(decideTransition(at('submitted'), 'declare-inadmissible', { ...full, reason: '  ' })).toEqual({ ok: false, code: 'missing-field', path: 'reason' });
    expect(decideTransition(at('identified'), 'assign-directly', { ...full, leadOrganisationId: null })).toEqual({
      ok: false,
      code: 'missing-field',
      path: 'leadOrganisationId',
    });
    expect(decideTransition(at('acceptance'), 'record-acceptance', { ...full, acceptanceRating: null })).toEqual({
      ok: false,
      code: 'missing-field',
      path: 'acceptanceRating',
    });
    expect(decideTransition(at('submitted'), 'declare-admissible', { ...full, at: new Date('2019-02-01T00:00:00Z') })).toEqual({
      ok: false,
      code: 'before-previous-transition',
      path: 'at',
    });
  });

  it('refuses a submission after the deadline, or while the leader has overdue reports and the setting blocks it', () => {
    expect(decideTransition(at('draft'), 'submit', { ...full, submissionDeadline: t0 })).toEqual({ ok: false, code: 'past-deadline' });
    expect(decideTransition(at('draft'), 'submit', { ...full, submissionDeadline: later })).toMatchObject({ ok: true });
    expect(decideTransition(at('draft'), 'submit', { ...full, blockedByOverdueReports: true })).toEqual({ ok: false, code: 'overdue-reports' });
  });

  it('remembers where a withdrawn or terminated task stood, and keeps the task in place for reports', () => {
    expect(decideTransition(at('appraisal'), 'withdraw', full)).toMatchObject({ ok: true, next: { status: 'withdrawn', endedFrom: 'appraisal' } });
    expect(decideTransition(at('in-progress'), 'withdraw', full)).toEqual({ ok: false, code: 'illegal-transition' });
    expect(decideTransition(at('acceptance'), 'terminate', full)).toMatchObject({ ok: true, entry: { reason: 'because' }, next: { endedFrom: 'acceptance' } });
    expect(decideTransition(at('in-progress'), 'record-inspection', full)).toMatchObject({ ok: true, next: { status: 'in-progress', since: later } });
  });

  it('says which actions need a reason and which ones a role may take now', () => {
    expect(taskActions.filter(actionRequiresReason)).toEqual([
      'return-for-completion',
      'declare-inadmissible',
      'decline',
      'assign-directly',
      'withdraw',
      'terminate',
    ]);
    expect(availableActions(at('submitted'), { proposer: true, leader: false, agency: false })).toEqual(['withdraw']);
    expect(availableActions(at('submitted'), { proposer: false, leader: false, agency: true })).toEqual([
      'return-for-completion',
      'declare-admissible',
      'declare-inadmissible',
    ]);
    expect(availableActions(at('in-progress'), { proposer: false, leader: true, agency: false })).toEqual(['file-report', 'request-acceptance']);
    expect(availableActions(at('closed'), everyone)).toEqual([]);
  });
});
