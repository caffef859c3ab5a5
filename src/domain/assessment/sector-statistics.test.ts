import { describe, expect, it } from 'vitest';
import { compareToSector } from './compare-to-sector.js';
import { distribution } from './distribution.js';
import { scoreAssessment } from './score-assessment.js';
import { sectorStatistics } from './sector-statistics.js';
import { tinyAnswers, tinyMethodology } from './test-fixtures.js';

const methodology = tinyMethodology();
const score = (a1: number, a2: number, b3: number, sector = '10') => scoreAssessment(methodology, tinyAnswers(a1, a2, b3), { sector });

// Points: A1 = 6 × %, A2 = 4 × %, B3 = 10 × %; groups A (A1 + A2) and B (B3) of 10 each.
const sector = [
  score(100, 100, 100), // A 10, B 10, total 20, coefficient 1 → high
  score(50, 50, 50), // A 5, B 5, total 10, coefficient 1 → mid
  score(0, 0, 0), // total 0 → low
  score(100, 50, 0), // A 6 + 2 = 8, B 0, total 8, coefficient 0 → low
  score(50, 100, 80), // A 3 + 4 = 7, B 8, total 15, coefficient 0.7/0.8 = 0.875 → high
];

describe('quartiles', () => {
  it('interpolate between order statistics as a spreadsheet does', () => {
    expect(distribution([4, 1, 3, 2], (v) => v)).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, mean: 2.5 });
  });
});

describe('sector statistics', () => {
  it('are withheld below five assessed enterprises', () => {
    expect(sectorStatistics(methodology, sector.slice(0, 4), '10')).toEqual({
      status: 'insufficient',
      sector: '10',
      methodologyCode: 'tiny',
      n: 4,
      minimum: 5,
    });
  });

  it('leave out enterprises of other sectors', () => {
    expect(sectorStatistics(methodology, [...sector.slice(0, 4), score(100, 100, 100, '28')], '10').status).toBe('insufficient');
  });

  it('give median and quartiles per group and total, the level distribution and the weakest criteria', () => {
    const stats = sectorStatistics(methodology, [...sector, score(1, 1, 1, '28')], '10');
    if (stats.status !== 'ok') throw new Error('expected figures');
    expect(stats.n).toBe(5);
    // Totals sorted 0, 8, 10, 15, 20: quartiles at positions 1, 2, 3; mean 53 / 5
    expect(stats.total).toEqual({ n: 5, min: 0, q1: 8, median: 10, q3: 15, max: 20, mean: 10.6 });
    // A sorted 0, 5, 7, 8, 10 (mean 6); B sorted 0, 0, 5, 8, 10 (mean 4.6)
    expect(stats.groups.map((g) => [g.code, g.points])).toEqual([
      ['A', { n: 5, min: 0, q1: 5, median: 7, q3: 8, max: 10, mean: 6 }],
      ['B', { n: 5, min: 0, q1: 0, median: 5, q3: 8, max: 10, mean: 4.6 }],
    ]);
    expect(stats.levels.map((l) => [l.code, l.count, l.share])).toEqual([
      ['low', 2, 0.4],
      ['mid', 1, 0.2],
      ['high', 2, 0.4],
    ]);
    // Shares of maximum: A1 1, .5, 0, 1, .5 (mean .6); A2 1, .5, 0, .5, 1 (.6); B3 1, .5, 0, 0, .8 (.46)
    expect(stats.criteria.map((c) => [c.code, c.meanShare, c.medianShare])).toEqual([
      ['B3', 0.46, 0.5],
      ['A1', 0.6, 0.5],
      ['A2', 0.6, 0.5],
    ]);
    expect(stats.provisional).toBe(false);
  });
});

describe('an enterprise against its sector', () => {
  const stats = sectorStatistics(methodology, sector, '10');

  it('places the total and each group in a quarter of the sector', () => {
    const comparison = compareToSector(sector[1], stats); // total 10, A 5, B 5
    if (comparison.status !== 'ok') throw new Error('expected figures');
    expect(comparison.total).toEqual({ value: 10, median: 10, q1: 8, q3: 15, quarter: 'third', toMedian: 0 });
    expect(comparison.groups.map((g) => [g.code, g.points.quarter, g.points.toMedian])).toEqual([
      ['A', 'second', -2], // 5 is the lower quartile, below the median 7
      ['B', 'third', 0],
    ]);
    expect(compareToSector(sector[2], stats)).toMatchObject({ total: { quarter: 'first' } });
    expect(compareToSector(sector[0], stats)).toMatchObject({ total: { quarter: 'fourth' } });
  });

  it('says there are too few enterprises instead of comparing', () => {
    expect(compareToSector(sector[0], sectorStatistics(methodology, sector.slice(0, 2), '10'))).toEqual({ status: 'insufficient', n: 2, minimum: 5 });
  });
});
