import { describe, expect, it } from 'vitest';
import { classifyLevel, synchronisationCoefficient } from './coefficient.js';
import { tinyMethodology } from './test-fixtures.js';

const shares = [
  { group: 'A', share: 0.8 },
  { group: 'B', share: 0.4 },
];

describe('synchronisation coefficient', () => {
  it('min/max ratio: 0.4 / 0.8', () => {
    expect(synchronisationCoefficient({ kind: 'min-max-ratio' }, shares)).toBeCloseTo(0.5, 10);
  });

  it('1 − coefficient of variation: mean 0.6, population sd 0.2 → 1 − 0.2/0.6', () => {
    expect(synchronisationCoefficient({ kind: 'one-minus-cv' }, shares)).toBeCloseTo(2 / 3, 10);
  });

  it('geometric over arithmetic mean with weights 3:1 → 0.8^0.75 × 0.4^0.25 / 0.7', () => {
    const k = synchronisationCoefficient({ kind: 'geometric-arithmetic-ratio', weights: { A: 3, B: 1 } }, shares);
    expect(k).toBeCloseTo((0.8 ** 0.75 * 0.4 ** 0.25) / 0.7, 10); // 0.6727 / 0.7 = 0.961
  });

  it('weighted geometric mean (the Technology Atlas form) with equal weights → √(0.8 × 0.4)', () => {
    expect(synchronisationCoefficient({ kind: 'weighted-geometric-mean', weights: { A: 1, B: 1 } }, shares)).toBeCloseTo(Math.sqrt(0.32), 10);
  });

  it('is 1 when balanced and 0 when there are no points', () => {
    const even = [
      { group: 'A', share: 0.5 },
      { group: 'B', share: 0.5 },
    ];
    expect(synchronisationCoefficient({ kind: 'one-minus-cv' }, even)).toBe(1);
    expect(
      synchronisationCoefficient(
        { kind: 'min-max-ratio' },
        even.map((g) => ({ ...g, share: 0 })),
      ),
    ).toBe(0);
  });
});

describe('level classification', () => {
  const bands = tinyMethodology().levels.bands; // low 0/0, mid 10/0.5, high 15/0.8

  it('needs both the total and the coefficient of a band', () => {
    expect(classifyLevel(bands, 16, 0.9).code).toBe('high');
    expect(classifyLevel(bands, 16, 0.6).code).toBe('mid'); // points enough for "high", balance only for "mid"
    expect(classifyLevel(bands, 16, 0.4).code).toBe('low');
    expect(classifyLevel(bands, 9.99, 1).code).toBe('low');
  });
});
