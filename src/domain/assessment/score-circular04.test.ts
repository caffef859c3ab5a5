import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.js';
import { circular04 } from './methodologies/index.js';
import { scoreAssessment } from './score-assessment.js';
import { answered as a } from './test-fixtures.js';

// A food processor under the four-component T-H-I-O model; it does not grade its workers (H6 not applicable).
const answers: Answers = {
  'T1.generation': a('latest'),
  'T2.automated': a(50),
  'T3.age': a(7),
  'H4.employees': a(200),
  'H4.technical': a(30),
  'H5.trained': a(25),
  'H6.skilled': { status: 'not-applicable' },
  'I7.systems': a(['accounting', 'erp']),
  'I8.documentation': a('partial'),
  'I9.sources': a(['fairs']),
  'O10.iso9001': a(true),
  'O10.other': a(false),
  'O11.revenue': a(260000),
  'O12.rdSpend': a(1300),
};

describe('Circular 04 (T-H-I-O) scoring of a fully specified questionnaire', () => {
  const score = scoreAssessment(circular04, answers, { sector: '10' });

  it('scores each criterion by its rule', () => {
    expect(Object.fromEntries(score.criteria.map((c) => [c.code, c.points]))).toEqual({
      T1: 12, // "latest"
      T2: 6, // 50 % → 6 (a threshold)
      T3: 6, // 7 years: step "from 5" → 6
      H4: 5.5, // 30 / 200 = 15 % between (10 → 4) and (20 → 7): 4 + 0.5 × 3
      H5: 4, // 25 % of (50 → 8): 25/50 × 8
      H6: null, // not applicable → excluded
      I7: 5, // accounting 2 + ERP 3
      I8: 3, // "partial"
      I9: 2, // technology fairs
      O10: 5, // ISO 9001 yes 5, other no 0
      O11: 5.2, // 260,000 / 200 = 1,300 per employee; benchmark 1,500 → ratio 0.8667 of (1 → 6): 5.2
      O12: 2, // 1,300 / 260,000 = 0.5 % of (1 → 4): 2
    });
  });

  it('sums the groups, the total, the coefficient and the level', () => {
    expect(score.groups.map((g) => [g.code, g.points, g.share, g.rescaled])).toEqual([
      ['T', 24, 0.8, false], // 12 + 6 + 6 = 24 of 30
      ['H', 13.19, 0.5276, true], // (5.5 + 4) = 9.5 of 18 without H6, × 25/18 = 13.194; 13.19 / 25 = 0.5276
      ['I', 10, 0.5, false], // 5 + 3 + 2 = 10 of 20
      ['O', 12.2, 0.488, false], // 5 + 5.2 + 2 = 12.2 of 25
    ]);
    expect(score.total).toBe(59.39); // 24 + 13.19 + 10 + 12.2
    // Geometric over arithmetic mean of the shares, equal weights:
    // geometric (0.8 × 0.5276 × 0.5 × 0.488)^(1/4) = 0.10298752^(1/4) = 0.566495
    // arithmetic (0.8 + 0.5276 + 0.5 + 0.488) / 4 = 0.5789 → 0.566495 / 0.5789 = 0.97857
    expect(score.coefficient).toBe(0.9786);
    // 59.39 ≥ 59 and 0.9786 ≥ 0.8 → "above average"; "advanced" needs 73 points.
    expect(score.level).toEqual({ code: 'above-average', name: { vi: 'Trung bình tiên tiến', en: 'Above average' } });
    expect(score).toMatchObject({ methodologyId: 'tt04-2014-v1', version: 1, provisional: true, maxTotal: 100 });
  });

  it('scores a missing benchmark with the fixed points the rule gives', () => {
    const elsewhere = scoreAssessment(circular04, answers, { sector: '13' });
    expect(elsewhere.criteria.find((c) => c.code === 'O11')).toMatchObject({ points: 4, flags: ['benchmark-missing'] });
  });
});
