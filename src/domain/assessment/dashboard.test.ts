import { describe, expect, it } from 'vitest';
import { assessmentDashboard, type DashboardRecord } from './dashboard.js';
import { scoreAssessment } from './score-assessment.js';
import { tinyAnswers, tinyMethodology } from './test-fixtures.js';

const methodology = tinyMethodology();
const record = (a1: number, a2: number, b3: number, where: Partial<DashboardRecord> = {}): DashboardRecord => ({
  vsicDivision: '10',
  provinceCode: '40',
  campaignIds: [],
  score: scoreAssessment(methodology, tinyAnswers(a1, a2, b3), { sector: where.vsicDivision ?? '10' }),
  ...where,
});

// Totals 20, 10, 0, 8, 15 (group A shares 1, .5, 0, .8, .7; B 1, .5, 0, 0, .8) in Nghệ An (40), sector 10; one more (total 20) in sector 28, province 01.
const records = [
  record(100, 100, 100, { campaignIds: ['c1'] }),
  record(50, 50, 50, { campaignIds: ['c1'] }),
  record(0, 0, 0),
  record(100, 50, 0),
  record(50, 100, 80),
  record(100, 100, 100, { vsicDivision: '28', provinceCode: '01' }),
];

describe('assessment dashboard', () => {
  it('counts each enterprise once and gives the mean and median total of a set of five or more', () => {
    const d = assessmentDashboard(methodology, records);
    expect(d.n).toBe(6);
    const sector10 = d.bySector.find((r) => r.key === '10');
    expect(sector10).toMatchObject({ n: 5, withheld: false, meanTotal: 10.6, medianTotal: 10 });
    expect(sector10?.levels).toEqual([
      { code: 'low', count: 2 },
      { code: 'mid', count: 1 },
      { code: 'high', count: 2 },
    ]);
    expect(d.byProvince.find((r) => r.key === '40')?.groups).toEqual([
      { code: 'A', meanShare: 0.6 },
      { code: 'B', meanShare: 0.46 },
    ]);
  });

  it('withholds the figures of any set of fewer than five, keeping its count', () => {
    const d = assessmentDashboard(methodology, records);
    expect(d.bySector.find((r) => r.key === '28')).toEqual({
      key: '28',
      n: 1,
      withheld: true,
      meanTotal: null,
      medianTotal: null,
      meanCoefficient: null,
      levels: [],
      groups: [],
    });
    expect(d.byCampaign).toEqual([expect.objectContaining({ key: 'c1', n: 2, withheld: true, meanTotal: null })]);
    expect(assessmentDashboard(methodology, records.slice(0, 4)).overall).toEqual({ status: 'insufficient' });
  });

  it('agrees overall with the sum of its sector counts', () => {
    const d = assessmentDashboard(methodology, records);
    expect(d.bySector.reduce((s, r) => s + r.n, 0)).toBe(d.n);
    expect(d.overall.status === 'ok' && d.overall.levels.reduce((s, l) => s + l.count, 0)).toBe(d.n);
  });
});
