import { describe, expect, it } from 'vitest';
import { estimateFromSample, estimateFromWindow } from './sample-estimate.js';

/** `count` matches, `perPage` to a page, on consecutive pages from `first`, wrapping round a table of `tablePages`. */
const matchesFrom = (first: number, count: number, perPage: number, tablePages: number) =>
  Array.from({ length: count }, (_, i) => (first + Math.floor(i / perPage)) % tablePages);

describe('estimateFromSample', () => {
  it('scales the sample by the part of the table the scan read from its start', () => {
    // 1,000 matches on the first 500 of 50,000 pages: the table holds about 100 times as many.
    expect(estimateFromSample(matchesFrom(0, 1_000, 2, 50_000), 50_000)).toBe(100_000);
  });

  it('reads a scan that started in the middle of the table and wrapped round as one stretch', () => {
    // Pages 49,750–49,999 then 0–249: 500 pages, as above.
    expect(estimateFromSample(matchesFrom(49_750, 1_000, 2, 50_000), 50_000)).toBe(100_000);
    // Started in the middle without wrapping: the same.
    expect(estimateFromSample(matchesFrom(20_000, 1_000, 2, 50_000), 50_000)).toBe(100_000);
  });

  it('never estimates fewer rows than the sample holds', () => {
    expect(estimateFromSample(matchesFrom(0, 300, 3, 100), 100)).toBe(300);
    expect(estimateFromSample([], 100)).toBe(0);
  });
});

describe('estimateFromWindow', () => {
  it('finds as many matches in every like share of the catalogue', () => {
    expect(estimateFromWindow(1_200, 0.02)).toBe(60_000);
  });

  it('never estimates fewer than were found, nor divides by an empty window', () => {
    expect(estimateFromWindow(1_200, 1.5)).toBe(1_200);
    expect(estimateFromWindow(1_200, 0)).toBe(1_200);
  });
});
