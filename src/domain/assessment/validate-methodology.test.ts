import { describe, expect, it } from 'vitest';
import { circular04, circular17 } from './methodologies/index.js';
import type { Methodology } from './methodology-types.js';
import { isProvisional, unverifiedParts } from './provisional.js';
import { percentageCriterion, tinyMethodology } from './test-fixtures.js';
import { validateMethodology } from './validate-methodology.js';

const errorCodes = (document: unknown) => {
  const result = validateMethodology(document);
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`);
};

describe('the shipped methodologies', () => {
  it('Circular 17 has the verified structure: 5 groups, 26 criteria numbered 1–26, 100 points', () => {
    const structure = circular17.groups.map((g) => {
      const criteria = circular17.criteria.filter((c) => c.group === g.code);
      return [g.code, g.maxPoints, criteria.length, criteria.map((c) => c.number)];
    });
    expect(structure).toEqual([
      ['T', 30, 7, [1, 2, 3, 4, 5, 6, 7]],
      ['E', 20, 5, [8, 9, 10, 11, 12]],
      ['O', 19, 5, [13, 14, 15, 16, 17]],
      ['R', 17, 5, [18, 19, 20, 21, 22]],
      ['I', 14, 4, [23, 24, 25, 26]],
    ]);
    expect(circular17.totalPoints).toBe(100);
  });

  it('Circular 17 scores criteria 4, 5, 6 and 8 against sector benchmarks, and only those', () => {
    const benchmarked = circular17.criteria.filter((c) => c.scoring.rule.kind === 'benchmark').map((c) => c.code);
    expect(benchmarked).toEqual(['T4', 'T5', 'T6', 'E8']);
  });

  it('marks everything not in the verified structure as unverified, with a note', () => {
    const parts = unverifiedParts(circular17);
    expect(parts.some((p) => p.part.startsWith('group'))).toBe(false);
    expect(parts.filter((p) => p.part.startsWith('rule'))).toHaveLength(26);
    expect(parts.map((p) => p.part)).toEqual(expect.arrayContaining(['coefficient', 'levels', 'benchmark labour-productivity']));
    expect(parts.every((p) => p.note !== null)).toBe(true);
    expect(isProvisional(circular17)).toBe(true);
    expect(isProvisional(circular04)).toBe(true);
  });

  it('Circular 04 has four components on 100 points and four levels', () => {
    expect(circular04.groups.map((g) => g.code)).toEqual(['T', 'H', 'I', 'O']);
    expect(circular04.levels.bands.map((b) => b.name.vi)).toEqual(['Lạc hậu', 'Trung bình', 'Trung bình tiên tiến', 'Tiên tiến']);
  });

  it('both are valid without warnings', () => {
    for (const m of [circular17, circular04]) expect(validateMethodology(m)).toEqual({ ok: true, methodology: m, warnings: [] });
  });
});

describe('methodology validation', () => {
  const edit = (change: (m: Methodology) => void) => {
    const m = tinyMethodology();
    change(m);
    return m;
  };

  it('is not provisional when every part is verified', () => {
    expect(isProvisional(tinyMethodology())).toBe(false);
    expect(isProvisional(edit((m) => (m.levels.verified = false)))).toBe(true);
  });

  it('rejects a document of the wrong shape, naming the field', () => {
    expect(errorCodes({ ...tinyMethodology(), version: 'one' })).toEqual(['version shape']);
  });

  it('rejects group totals that do not add up', () => {
    const codes = errorCodes(edit((m) => (m.criteria[0].maxPoints = 5)));
    expect(codes).toEqual(['groups[0].maxPoints group-total']);
    expect(errorCodes(edit((m) => (m.totalPoints = 25)))).toEqual(['totalPoints total']);
  });

  it('rejects rules reading unknown questions or questions of the wrong kind, and unordered bands', () => {
    const m = edit((doc) => {
      doc.criteria[0].scoring.rule = { kind: 'option-points', question: 'A2.q' };
      doc.criteria[2].scoring.rule = {
        kind: 'bands',
        value: { kind: 'answer', question: 'nope' },
        mode: 'step',
        bands: [
          { at: 10, points: 1 },
          { at: 5, points: 2 },
        ],
      };
    });
    expect(errorCodes(m)).toEqual([
      'criteria[0].scoring.rule rule-needs-options',
      'criteria[2].scoring.rule unknown-question',
      'criteria[2].scoring.rule.bands bands-not-increasing',
    ]);
  });

  it('rejects decomposed Vietnamese, repeated codes, a level scale not starting at zero, and weights that miss a group', () => {
    const m = edit((doc) => {
      doc.name.vi = 'Đánh giá'.normalize('NFD');
      doc.criteria.push(percentageCriterion('B3', 'B', 4, 0));
      doc.levels.bands[0].minTotal = 1;
      doc.coefficient.formula = { kind: 'weighted-geometric-mean', weights: { A: 1 } };
    });
    expect(errorCodes(m)).toEqual([
      'name.vi not-nfc',
      'criteria duplicate',
      'questions duplicate',
      'coefficient.formula.weights weights-groups',
      'levels.bands[0] lowest-band',
    ]);
  });

  it("warns when a rule cannot reach its criterion's maximum or a question is never read", () => {
    const m = edit((doc) => {
      doc.criteria[0].scoring.rule = { kind: 'bands', value: { kind: 'answer', question: 'A1.q' }, mode: 'linear', bands: [{ at: 100, points: 5 }] };
      doc.criteria[0].questions.push({
        id: 'A1.extra',
        label: { vi: 'Thêm', en: 'Extra' },
        answer: { kind: 'percentage' },
        dontKnow: null,
        notApplicable: null,
      });
    });
    const result = validateMethodology(m);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['criteria[0].questions[1] question-unused', 'criteria[0].scoring.rule max-unreachable']);
  });
});
