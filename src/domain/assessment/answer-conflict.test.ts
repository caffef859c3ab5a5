import { describe, expect, it } from 'vitest';
import { conflictingQuestions, sameAnswer } from './answer-conflict.js';

const at = '2026-05-01T08:00:00.000Z';
const later = '2026-05-01T09:30:00.000Z';

describe('answer conflicts', () => {
  it('treats a missing note as an empty one and compares lists in order', () => {
    expect(sameAnswer({ status: 'answered', value: 3, evidence: '' }, { status: 'answered', value: 3 })).toBe(true);
    expect(sameAnswer({ status: 'answered', value: ['a', 'b'] }, { status: 'answered', value: ['b', 'a'] })).toBe(false);
    expect(sameAnswer({ status: 'dont-know' }, { status: 'answered', value: 1 })).toBe(false);
    expect(sameAnswer(undefined, null)).toBe(true);
  });

  it('flags an edit based on an older answer that someone changed since', () => {
    const stored = { q1: { status: 'answered', value: 40, updatedAt: later } };
    expect(conflictingQuestions(stored, [{ questionId: 'q1', status: 'answered', value: 55, baseUpdatedAt: at }])).toEqual(['q1']);
  });

  it('flags an edit made on a blank question that someone answered meanwhile', () => {
    const stored = { q1: { status: 'answered', value: 40, updatedAt: later } };
    expect(conflictingQuestions(stored, [{ questionId: 'q1', status: 'answered', value: 55, baseUpdatedAt: null }])).toEqual(['q1']);
  });

  it('lets through an edit on the current answer, a retry of the same answer, and an edit without a base', () => {
    const stored = { q1: { status: 'answered', value: 40, updatedAt: later }, q2: { status: 'answered', value: 7, updatedAt: later } };
    expect(
      conflictingQuestions(stored, [
        { questionId: 'q1', status: 'answered', value: 55, baseUpdatedAt: '2026-05-01T16:30:00+07:00' },
        { questionId: 'q2', status: 'answered', value: 7, baseUpdatedAt: at },
        { questionId: 'q3', status: 'answered', value: 1, baseUpdatedAt: null },
        { questionId: 'q2', status: 'answered', value: 9 },
      ]),
    ).toEqual([]);
  });
});
