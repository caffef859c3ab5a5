import { describe, expect, it } from 'vitest';
import { afterConflict, afterRefused, afterSaved, answersToSend, changesWaiting, editAnswer, problemsOf, resolveConflict } from './field-queue.js';
import type { FieldDraft } from './field-types.js';

const T0 = '2026-05-01T01:00:00.000Z';
const T1 = '2026-05-01T02:00:00.000Z';

const draft = (answers: FieldDraft['answers'] = {}, onServer = true): FieldDraft => ({
  id: 'a1',
  campaignId: 'c1',
  organisationId: 'o1',
  organisationName: 'Cửa Hội',
  methodologyId: 'tt17-2019-v1',
  vsicDivision: '10',
  onServer,
  answers,
});

describe('the field queue', () => {
  it('sends an edit based on the answer downloaded, and counts what waits', () => {
    const d = editAnswer(draft({ q1: { status: 'answered', value: 5, baseUpdatedAt: T0, pending: false } }), 'q1', { status: 'answered', value: 6 });
    expect(answersToSend(d)).toEqual([{ questionId: 'q1', status: 'answered', value: 6, evidence: null, baseUpdatedAt: T0 }]);
    const fresh = editAnswer(draft({}, false), 'q2', { status: 'dont-know' });
    expect(answersToSend(fresh)).toEqual([{ questionId: 'q2', status: 'dont-know', evidence: null, baseUpdatedAt: null }]);
    expect(changesWaiting([d, fresh], [{ id: 'p1' }])).toBe(4);
  });

  it('stops waiting once the server took an answer, unless it was edited again meanwhile', () => {
    const d = editAnswer(editAnswer(draft(), 'q1', { status: 'answered', value: 6 }), 'q2', { status: 'answered', value: 1 });
    const sent = answersToSend(d);
    const edited = editAnswer(d, 'q2', { status: 'answered', value: 2 });
    const after = afterSaved(edited, sent, { q1: { updatedAt: T1 }, q2: { updatedAt: T1 } });
    expect(after.answers.q1).toMatchObject({ pending: false, baseUpdatedAt: T1 });
    expect(after.answers.q2).toMatchObject({ pending: true, baseUpdatedAt: T1, value: 2 });
    expect(changesWaiting([after], [])).toBe(1);
  });

  it('keeps a refused answer on the device with its message until it is edited', () => {
    const d = afterRefused(editAnswer(draft(), 'q1', { status: 'answered', value: 140 }), { q1: 'Over 100' });
    expect(answersToSend(d)).toEqual([]);
    expect(changesWaiting([d], [])).toBe(1);
    expect(problemsOf(d)).toBe(1);
    expect(answersToSend(editAnswer(d, 'q1', { status: 'answered', value: 60 }))).toHaveLength(1);
  });

  it('holds a conflict for the person, then sends theirs on the server base or takes the server answer', () => {
    const d = afterConflict(editAnswer(draft(), 'q1', { status: 'answered', value: 20 }), [
      { questionId: 'q1', current: { status: 'answered', value: 10, updatedAt: T1 } },
    ]);
    expect(answersToSend(d)).toEqual([]);
    expect(problemsOf(d)).toBe(1);
    // A later edit keeps the conflict open: the person has still not seen both answers side by side.
    expect(answersToSend(editAnswer(d, 'q1', { status: 'answered', value: 21 }))).toEqual([]);

    const mine = resolveConflict(d, 'q1', 'mine');
    expect(answersToSend(mine)).toEqual([{ questionId: 'q1', status: 'answered', value: 20, evidence: null, baseUpdatedAt: T1 }]);
    const theirs = resolveConflict(d, 'q1', 'theirs');
    expect(theirs.answers.q1).toEqual({ status: 'answered', value: 10, evidence: null, baseUpdatedAt: T1, pending: false });
    expect(changesWaiting([theirs], [])).toBe(0);
  });

  it('drops the local answer when the server answer taken is none', () => {
    const d = afterConflict(editAnswer(draft(), 'q1', { status: 'answered', value: 20 }), [{ questionId: 'q1', current: null }]);
    expect(resolveConflict(d, 'q1', 'theirs').answers).toEqual({});
  });
});
