import { describe, expect, it } from 'vitest';
import { draftDemand } from './demand-draft.js';
import { circular17 } from './methodologies/index.js';
import { scoreAssessment } from './score-assessment.js';
import { sectorStatistics } from './sector-statistics.js';
import { answered, foodProcessor } from './test-fixtures.js';
import { weakestCriteria } from './weaknesses.js';

const score = scoreAssessment(circular17, foodProcessor, { sector: '10' });

describe('weakest criteria', () => {
  it('ranks by the share of the maximum missed, and links each gap kind to offers, experts or programmes', () => {
    // Shares: R21 0, O16 0.25, T6 0.3325, O17 and R20 0.3333 (both lost 2 points; O17 comes first), then 0.375 ...
    // The fourth and fifth are kept because they are under half of their maximum.
    expect(weakestCriteria(circular17, score).map((w) => [w.code, w.share, w.gapKind, w.link])).toEqual([
      ['R21', 0, 'rd', 'programmes'],
      ['O16', 0.25, 'management', 'experts'],
      ['T6', 0.3325, 'process', 'offers'],
      ['O17', 0.3333, 'skills', 'experts'],
      ['R20', 0.3333, 'rd', 'programmes'],
    ]);
  });

  it('keeps three but not more when the others are above half of their maximum', () => {
    expect(weakestCriteria(circular17, score, { weakShare: 0.3 }).map((w) => w.code)).toEqual(['R21', 'O16', 'T6']);
  });

  it('moves a criterion far below the sector median to the front', () => {
    // Four peers have a fully synchronised line (T7 share 1), so the sector median share of T7 is 1;
    // this enterprise's T7 (0.375) gets 0.625 + 0.625 = 1.25 and leads.
    const peers = [1, 2, 3, 4].map(() => scoreAssessment(circular17, { ...foodProcessor, 'T7.line': answered('full') }, { sector: '10' }));
    const stats = sectorStatistics(circular17, [score, ...peers], '10');
    const weakest = weakestCriteria(circular17, score, { sector: stats });
    expect(weakest.map((w) => w.code)).toEqual(['T7', 'R21', 'O16', 'T6', 'O17']);
    expect(weakest[0]).toMatchObject({ sectorMedianShare: 1, gapToMedian: 0.625 });
  });

  it('leaves out criteria at full marks and excluded criteria', () => {
    const all = { max: 26, weakShare: 2 };
    const inFood = weakestCriteria(circular17, score, all).map((w) => w.code);
    expect(inFood).toHaveLength(25);
    expect(inFood).not.toContain('T5'); // full marks
    const inTextiles = weakestCriteria(circular17, scoreAssessment(circular17, foodProcessor, { sector: '13' }), all).map((w) => w.code);
    expect(inTextiles).toHaveLength(22); // no benchmarks for division 13: T4, T5, T6, E8 excluded
    expect(inTextiles.filter((code) => ['T4', 'T5', 'T6', 'E8'].includes(code))).toEqual([]);
  });
});

describe('demand drafted from a weakness', () => {
  const weakness = (code: string) => {
    const found = weakestCriteria(circular17, score, { max: 26, weakShare: 2 }).find((w) => w.code === code);
    if (!found) throw new Error(`no weakness ${code}`);
    return found;
  };

  it('targets the sector benchmark where the criterion uses one (lower energy cost is better)', () => {
    const draft = draftDemand(circular17, score, weakness('T6'));
    // Full points at a ratio of 0.8 to the benchmark: 0.8 × 4 % = 3.2 %
    expect(draft.target).toEqual({
      kind: 'figure',
      label: { vi: 'Chi phí năng lượng trên giá trị sản xuất', en: 'Energy cost per output value' },
      unit: { vi: '%', en: '%' },
      comparison: 'at-most',
      target: 3.2,
      current: 5,
      benchmark: 4,
    });
    expect(draft.title).toEqual({
      vi: 'Cần giải pháp cải thiện: Chi phí năng lượng trên giá trị sản xuất',
      en: 'Seeking a solution to improve: Energy cost per output',
    });
    expect(draft.desiredOutcome.en).toBe(
      'Energy cost per output value: at most 3.2 % (now 5 %; sector benchmark 4 %). Carry out an energy audit and apply energy-saving solutions to the largest consumers.',
    );
    expect(draft.problem.vi).toContain('tiêu chí T6 "Chi phí năng lượng trên giá trị sản xuất" đạt 1,33/4 điểm (33,25 %)');
    expect(draft.problem.en).toContain('Energy cost (electricity, fuel) in the year: 5,000 million VND');
    expect(draft).toMatchObject({
      vsicDivision: '10',
      sectorCode: 'C',
      gapKind: 'process',
      link: 'offers',
      source: { methodologyId: 'tt17-2019-v1', version: 1, criterion: 'T6' },
    });
    expect(draft.keywords.vi).toContain('tiết kiệm năng lượng');
  });

  it('targets equipment per worker at 1.5 times the benchmark', () => {
    expect(draftDemand(circular17, score, weakness('T4')).target).toMatchObject({ comparison: 'at-least', target: 600, current: 200, benchmark: 400 });
  });

  it('targets the best answer of a choice, and the count that gives full points', () => {
    expect(draftDemand(circular17, score, weakness('O16')).target).toEqual({
      kind: 'answer',
      label: { vi: 'Chiến lược, kế hoạch đổi mới công nghệ', en: 'Technology strategy or renewal plan' },
      target: { vi: 'Có kế hoạch kèm ngân sách và theo dõi thực hiện', en: 'An approved plan with a budget and follow-up' },
      current: { vi: 'Có định hướng nhưng chưa thành văn bản', en: 'An intention, not written down' },
    });
    expect(draftDemand(circular17, score, weakness('R21')).target).toMatchObject({ comparison: 'at-least', target: 3, current: 0 });
  });

  it('targets the part of a sum that lost the most points', () => {
    // T3: automation 35 % gave 1.75 of 4 (lost 2.25); digital control gave 1 of 1. Full points from 80 %.
    expect(draftDemand(circular17, score, weakness('T3')).target).toMatchObject({ kind: 'figure', comparison: 'at-least', target: 80, current: 35 });
  });
});
