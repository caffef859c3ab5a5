import { describe, expect, it } from 'vitest';
import { bestF1, operatingPoint, pairKey, precisionAtRecall, precisionRecallCurve } from './evaluate.js';

const duplicates = new Set([pairKey('a', 'b'), pairKey('c', 'd'), pairKey('e', 'f')]);
const pairs = [
  { a: 'b', b: 'a', score: 0.9 },
  { a: 'x', b: 'y', score: 0.8 },
  { a: 'c', b: 'd', score: 0.7 },
  { a: 'e', b: 'f', score: 0.3 },
];

describe('evaluation of reported pairs', () => {
  it('counts a pair in either order, and an unlisted reported pair as a false alarm', () => {
    expect(operatingPoint(pairs, duplicates, 0.5)).toEqual({ threshold: 0.5, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, reported: 3 });
  });
  it('gives a point per distinct score, the best F1 and the precision reachable at a recall', () => {
    const curve = precisionRecallCurve(pairs, duplicates);
    expect(curve.map((p) => [p.threshold, p.precision, p.recall])).toEqual([
      [0.9, 1, 1 / 3],
      [0.8, 1 / 2, 1 / 3],
      [0.7, 2 / 3, 2 / 3],
      [0.3, 3 / 4, 1],
    ]);
    expect(bestF1(curve)?.threshold).toBe(0.3);
    expect(precisionAtRecall(curve, 0.9)).toBe(3 / 4);
    expect(precisionAtRecall(curve, 0.5)).toBe(3 / 4);
  });
});
