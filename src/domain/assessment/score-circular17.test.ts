import { describe, expect, it } from 'vitest';
import { circular17 } from './methodologies/index.js';
import type { Methodology } from './methodology-types.js';
import { scoreAssessment } from './score-assessment.js';
import { answered as a, foodProcessor } from './test-fixtures.js';

const points = (score: ReturnType<typeof scoreAssessment>) => Object.fromEntries(score.criteria.map((c) => [c.code, c.points]));

describe('Circular 17 scoring of a fully specified questionnaire', () => {
  const score = scoreAssessment(circular17, foodProcessor, { sector: '10' });

  it('scores each criterion by its rule', () => {
    expect(points(score)).toEqual({
      T1: 3.5, // "current" option
      T2: 3.1, // 8 years between (5 → 4) and (10 → 2.5): 4 − 3/5 × 1.5 = 3.1
      T3: 2.75, // 35 % between (20 → 1) and (50 → 2.5): 1 + 15/30 × 1.5 = 1.75; digital control yes: + 1
      T4: 1.5, // 16,000 / 80 = 200 million per worker; benchmark 400 → ratio 0.5 → 1.5
      T5: 4, // 4,000 / 16,000 × 100 = 25 %; benchmark 25 → ratio 1 → 4
      T6: 1.33, // 5,000 / 100,000 × 100 = 5 %; benchmark 4 → ratio 1.25 between (1 → 3) and (1.3 → 1): 3 − 0.25/0.3 × 2 = 1.333
      T7: 1.5, // "partial"
      E8: 2.4, // 120,000 / 100 = 1,200 per employee; benchmark 1,500 → ratio 0.8 between (0.5 → 1.5) and (1 → 3): 1.5 + 0.3/0.5 × 1.5
      E9: 2.5, // 6,000 / 120,000 = 5 % → 2.5
      E10: 2.5, // national certification 1; defect 2 % between (1 → 2) and (3 → 1): 1.5
      E11: 3, // 75 % between (70 → 2.5) and (85 → 4): 2.5 + 5/15 × 1.5
      E12: 2, // "compliant"
      O13: 2.5, // ISO 9001 1.5 + food safety 1
      O14: 2.05, // 12 / 100 = 12 % between (5 → 1) and (15 → 2.5): 1 + 7/10 × 1.5
      O15: 2.5, // "modules"
      O16: 1, // "informal"
      O17: 1, // don't know → fixed 1 point
      R18: 1.5, // 600 / 120,000 = 0.5 % → 1.5
      R19: 2.25, // 2 / 100 = 2 % between (1 → 1.5) and (3 → 3): 1.5 + 0.5 × 1.5
      R20: 1, // 1 project: step "from 1" → 1
      R21: 0, // no patents
      R22: 2, // institute contract yes 2, state programme no 0
      I23: 1.5, // 2 products: step "from 1" → 1.5
      I24: 1.75, // 10 % between (5 → 1) and (15 → 2.5): 1 + 0.5 × 1.5
      I25: 1.5, // 1 process: step "from 1" → 1.5
      I26: 1.5, // ideas scheme 1 + network 0.5
    });
  });

  it('sums the groups, the total, the coefficient and the level', () => {
    expect(score.groups.map((g) => [g.code, g.points, g.maxPoints, g.share])).toEqual([
      ['T', 17.68, 30, 0.5893], // 3.5 + 3.1 + 2.75 + 1.5 + 4 + 1.33 + 1.5 = 17.68; 17.68 / 30 = 0.58933
      ['E', 12.4, 20, 0.62], // 2.4 + 2.5 + 2.5 + 3 + 2 = 12.4
      ['O', 9.05, 19, 0.4763], // 2.5 + 2.05 + 2.5 + 1 + 1 = 9.05; 9.05 / 19 = 0.47632
      ['R', 6.75, 17, 0.3971], // 1.5 + 2.25 + 1 + 0 + 2 = 6.75; 6.75 / 17 = 0.39706
      ['I', 6.25, 14, 0.4464], // 1.5 + 1.75 + 1.5 + 1.5 = 6.25; 6.25 / 14 = 0.44643
    ]);
    expect(score.total).toBe(52.13); // 17.68 + 12.4 + 9.05 + 6.75 + 6.25
    expect(score.coefficient).toBe(0.6405); // lowest share / highest: 0.3971 / 0.62 = 0.64048
    // 52.13 ≥ 35 and 0.6405 ≥ 0.3 → "average"; "above average" needs 55 points.
    expect(score.level).toEqual({ code: 'average', name: { vi: 'Trung bình', en: 'Average' } });
  });

  it('keeps the version and marks the result provisional', () => {
    expect(score).toMatchObject({ methodologyId: 'tt17-2019-v1', methodologyCode: 'tt17-2019', version: 1, provisional: true, sector: '10', maxTotal: 100 });
    expect(score.criteria.every((c) => !c.verified)).toBe(true);
  });

  it('reports the inputs, the rule in words with the sector benchmark, and the flags', () => {
    const t4 = score.criteria.find((c) => c.code === 'T4');
    expect(t4?.inputs.map((i) => [i.questionId, i.answer])).toEqual([
      ['T4.equipmentValue', a(16000)],
      ['T4.productionWorkers', a(80)],
    ]);
    expect(t4?.derived).toEqual([expect.objectContaining({ value: 200, benchmark: 400, ratioToBenchmark: 0.5 })]);
    expect(t4?.rule.vi).toContain('ngành 10: 400 triệu đồng/người');
    expect(t4?.rule.en).toContain('division 10: 400 million VND per worker');
    expect(t4?.rule.en).toContain('capped at 4 points');
    expect(score.criteria.find((c) => c.code === 'O17')?.flags).toEqual(['dont-know']);
    // Criterion 5 reads the equipment value of criterion 4, so both answers are listed.
    expect(score.criteria.find((c) => c.code === 'T5')?.inputs.map((i) => i.questionId)).toEqual(['T5.newInvestment', 'T4.equipmentValue']);
  });
});

describe('Circular 17: not applicable and missing benchmarks', () => {
  it('leaves a not-applicable criterion out and rescales its group', () => {
    const score = scoreAssessment(circular17, { ...foodProcessor, 'T5.newInvestment': { status: 'not-applicable' } }, { sector: '10' });
    const t5 = score.criteria.find((c) => c.code === 'T5');
    expect(t5).toMatchObject({ points: null, share: null, flags: ['not-applicable'] });
    // T without T5: (17.68 − 4) = 13.68 of 26 points, scaled to 30: 13.68 × 30 / 26 = 15.7846
    expect(score.groups[0]).toMatchObject({ code: 'T', points: 15.78, share: 0.526, rescaled: true });
    expect(score.total).toBe(50.23); // 15.78 + 12.4 + 9.05 + 6.75 + 6.25
  });

  it('flags criteria of a sector without benchmarks and leaves them out, as the rules say', () => {
    const score = scoreAssessment(circular17, foodProcessor, { sector: '13' });
    const flagged = score.criteria.filter((c) => c.flags.includes('benchmark-missing')).map((c) => c.code);
    expect(flagged).toEqual(['T4', 'T5', 'T6', 'E8']);
    // T: 3.5 + 3.1 + 2.75 + 1.5 = 10.85 of 18, × 30/18 = 18.083; E: 2.5 + 2.5 + 3 + 2 = 10 of 16, × 20/16 = 12.5
    expect(score.groups.slice(0, 2).map((g) => g.points)).toEqual([18.08, 12.5]);
    expect(score.criteria.find((c) => c.code === 'T4')?.rule.en).toContain('no benchmark for this sector');
  });

  it('scores a draft with unanswered questions as zero, flagged', () => {
    const score = scoreAssessment(circular17, { 'T1.generation': a('latest') }, { sector: '10' });
    expect(score.total).toBe(5);
    expect(score.criteria.find((c) => c.code === 'T2')?.flags).toEqual(['unanswered']);
    expect(score.level.code).toBe('outdated');
  });
});

describe('re-scoring under a new methodology version', () => {
  it('re-classifies when a level band changes in the data, and the old result keeps its version and level', () => {
    const before = scoreAssessment(circular17, foodProcessor, { sector: '10' });
    const frozen = JSON.stringify(before);
    // Agency staff lower "above average" from 55 to 50 points and publish version 2: data only, no code.
    const version2: Methodology = structuredClone(circular17);
    version2.id = 'tt17-2019-v2';
    version2.version = 2;
    version2.levels.bands = version2.levels.bands.map((b) => (b.code === 'above-average' ? { ...b, minTotal: 50 } : b));
    const after = scoreAssessment(version2, foodProcessor, { sector: '10' });
    expect(after.total).toBe(52.13);
    expect(after.level.code).toBe('above-average'); // 52.13 ≥ 50 and 0.6405 ≥ 0.5
    expect(after).toMatchObject({ methodologyId: 'tt17-2019-v2', version: 2 });
    expect(JSON.stringify(before)).toBe(frozen);
    expect(before).toMatchObject({ methodologyId: 'tt17-2019-v1', version: 1, level: { code: 'average' } });
  });
});
