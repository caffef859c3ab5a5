import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.js';
import { bandPoints, evaluateRule } from './evaluate-rule.js';
import { indexMethodology } from './methodology-index.js';
import type { Rule } from './methodology-types.js';
import { scoreAssessment } from './score-assessment.js';
import { answered, tinyAnswers, tinyMethodology } from './test-fixtures.js';

const bands = [
  { at: 10, points: 1 },
  { at: 20, points: 3 },
  { at: 40, points: 4 },
];

describe('band points', () => {
  it('interpolates between thresholds and stays flat beyond the ends', () => {
    expect([0, 10, 15, 30, 40, 99].map((x) => bandPoints(bands, 'linear', x))).toEqual([1, 1, 2, 3.5, 4, 4]);
  });

  it('in step mode gives the points of the last threshold reached, 0 below the first', () => {
    expect([0, 10, 19.9, 20, 99].map((x) => bandPoints(bands, 'step', x))).toEqual([0, 1, 1, 3, 4]);
  });
});

describe('sums and maxima of sub-rules', () => {
  const methodology = tinyMethodology();
  const ctx = (answers: Answers) => ({ index: indexMethodology(methodology), answers, sector: null });
  const part = (question: string, max: number): Rule => ({
    kind: 'bands',
    value: { kind: 'answer', question },
    mode: 'linear',
    bands: [
      { at: 0, points: 0 },
      { at: 100, points: max },
    ],
  });
  const sum: Rule = { kind: 'sum', rules: [part('A1.q', 6), part('A2.q', 4)] };

  it('adds the parts', () => {
    expect(evaluateRule(sum, ctx(tinyAnswers(50, 50, 0)))).toMatchObject({ points: 5, max: 10, flags: [] });
  });

  it('leaves out a not-applicable part and scales the rest to the same maximum', () => {
    // A1 50 % → 3 of 6; A2 excluded → 3 × 10/6 = 5
    const outcome = evaluateRule(sum, ctx({ 'A1.q': answered(50), 'A2.q': { status: 'not-applicable' } }));
    expect(outcome).toMatchObject({ points: 5, max: 10, flags: ['not-applicable'] });
  });

  it('scores "don\'t know" as the question says (here zero) and excludes a sum with every part excluded', () => {
    expect(evaluateRule(sum, ctx({ 'A1.q': { status: 'dont-know' }, 'A2.q': answered(100) }))).toMatchObject({ points: 4, flags: ['dont-know'] });
    expect(evaluateRule(sum, ctx({ 'A1.q': { status: 'not-applicable' }, 'A2.q': { status: 'not-applicable' } })).points).toBeNull();
  });

  it('takes the best part of a max', () => {
    expect(evaluateRule({ kind: 'max', rules: sum.rules }, ctx(tinyAnswers(50, 100, 0))).points).toBe(4);
  });

  it('flags a ratio whose denominator is zero and scores it zero', () => {
    const ratio: Rule = {
      kind: 'bands',
      value: { kind: 'ratio', numerator: 'A1.q', denominator: 'A2.q', multiplier: 1, label: { vi: 'r', en: 'r' }, unit: { vi: '', en: '' } },
      mode: 'linear',
      bands: [
        { at: 0, points: 0 },
        { at: 1, points: 6 },
      ],
    };
    expect(evaluateRule(ratio, ctx(tinyAnswers(5, 0, 0)))).toMatchObject({ points: 0, flags: ['undefined-ratio'] });
  });
});

describe('whole groups excluded', () => {
  it('leaves the group out of the total and the coefficient and scales the total', () => {
    const score = scoreAssessment(tinyMethodology(), { 'A1.q': answered(50), 'A2.q': answered(50), 'B3.q': { status: 'not-applicable' } }, { sector: null });
    expect(score.groups[1]).toMatchObject({ code: 'B', points: 0, share: null, excluded: true });
    // A: 3 + 2 = 5 of 10; total 5 of the 10 points present, scaled to 20 → 10; one group present → coefficient 1
    expect([score.total, score.coefficient, score.level.code]).toEqual([10, 1, 'mid']);
  });
});
