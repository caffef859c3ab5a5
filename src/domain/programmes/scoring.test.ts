import { describe, expect, it } from 'vitest';
import { consolidateScores } from './score-consolidation.js';
import { flagOutliers } from './score-outliers.js';
import { saveScores, submitSheet, type ScoreSheet } from './score-sheets.js';
import { defaultTaskScoringForm as form, validateForm } from './scoring-forms.js';

const at = new Date('2019-05-10T09:00:00Z');
const blank = (scorerId: string): ScoreSheet => ({ scorerId, dossierId: 'd1', scores: {}, comments: {}, submittedAt: null });
const sheet = (scorerId: string, necessity: number, feasibility: number, effectiveness: number, comment = ''): ScoreSheet => ({
  ...blank(scorerId),
  scores: { necessity, feasibility, effectiveness },
  comments: comment ? { feasibility: comment } : {},
  submittedAt: at,
});

describe('score sheets', () => {
  it('refuses a score over the criterion maximum, naming the field', () => {
    expect(saveScores(form, blank('m1'), { scores: { necessity: 16 } }, false)).toEqual({
      ok: false,
      problems: [{ path: 'scores.necessity', key: 'over_maximum' }],
    });
  });

  it('refuses negative scores, unknown criteria, and a submission with a criterion missing', () => {
    expect(saveScores(form, blank('m1'), { scores: { feasibility: -1, novelty: 3 } }, false)).toEqual({
      ok: false,
      problems: [
        { path: 'scores.novelty', key: 'unknown_criterion' },
        { path: 'scores.feasibility', key: 'negative' },
      ],
    });
    const draft = saveScores(form, blank('m1'), { scores: { necessity: 12, feasibility: 40 } }, false);
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(submitSheet(form, draft.sheet, at, false)).toEqual({ ok: false, problems: [{ path: 'scores.effectiveness', key: 'missing' }] });
  });

  it('locks a sheet on submission, and every sheet once the council is locked', () => {
    const submitted = submitSheet(form, { ...blank('m1'), scores: { necessity: 12, feasibility: 40, effectiveness: 30 } }, at, false);
    expect(submitted).toMatchObject({ ok: true, sheet: { submittedAt: at } });
    if (!submitted.ok) return;
    expect(saveScores(form, submitted.sheet, { scores: { necessity: 13 } }, false)).toEqual({ ok: false, problems: [{ path: 'scores', key: 'locked' }] });
    expect(saveScores(form, blank('m2'), { scores: { necessity: 13 } }, true)).toEqual({ ok: false, problems: [{ path: 'scores', key: 'locked' }] });
  });

  it('checks a form edited as data', () => {
    expect(validateForm(form)).toEqual([]);
    expect(validateForm({ ...form, criteria: [...form.criteria, { key: 'necessity', maxPoints: 0, weight: 1, minPoints: 5 }], passTotal: 120 })).toEqual([
      { path: 'criteria[3].key', key: 'duplicate_key' },
      { path: 'criteria[3].maxPoints', key: 'not_positive' },
      { path: 'criteria[3].minPoints', key: 'above_maximum' },
      { path: 'passTotal', key: 'above_maximum' },
    ]);
  });
});

describe('consolidation', () => {
  it('gives per-criterion mean and median of the submitted sheets, the total, and the pass', () => {
    const sheets = [
      sheet('a', 12, 40, 30, 'solid plan'),
      sheet('b', 10, 36, 28),
      sheet('c', 14, 44, 26, 'pilot line exists'),
      { ...blank('d'), scores: { necessity: 0 } },
    ];
    const result = consolidateScores(form, sheets);
    expect(result).toMatchObject({ sheets: 3, meanTotal: 80, medianTotal: 82, total: 80, passed: true, failedOn: [], outliers: [] });
    expect(result?.criteria[1]).toMatchObject({
      key: 'feasibility',
      mean: 40,
      median: 40,
      min: 36,
      max: 44,
      comments: [
        { scorerId: 'a', text: 'solid plan' },
        { scorerId: 'c', text: 'pilot line exists' },
      ],
    });
  });

  it('fails a dossier with a criterion under half its maximum even when the total passes', () => {
    const result = consolidateScores(form, [sheet('a', 15, 24, 35), sheet('b', 15, 24, 35), sheet('c', 15, 24, 35)]);
    expect(result).toMatchObject({ total: 74, passed: false, failedOn: ['feasibility'] });
    expect(consolidateScores(form, [sheet('a', 10, 30, 20)])).toMatchObject({ total: 60, passed: false, failedOn: ['total'] });
  });

  it('flags the scorer whose total is far from the others', () => {
    const sheets = [sheet('a', 12, 40, 30), sheet('b', 11, 38, 29), sheet('c', 13, 41, 28), sheet('d', 12, 39, 30), sheet('e', 5, 15, 10)];
    const result = consolidateScores(form, sheets, { minSheets: 7 });
    expect(result?.enough).toBe(false);
    expect(result?.outliers.map((o) => [o.scorerId, o.total, o.reference])).toEqual([['e', 30, 81.5]]);
    const robust = flagOutliers(result?.scorerTotals ?? [], { method: 'robust-z', threshold: 3.5, minMad: 1 });
    expect(robust.map((o) => o.scorerId)).toEqual(['e']);
    expect(
      flagOutliers([
        { scorerId: 'a', total: 90 },
        { scorerId: 'b', total: 20 },
      ]),
    ).toEqual([]);
  });

  it('uses the median when asked, which one extreme sheet cannot drag', () => {
    const sheets = [sheet('a', 12, 40, 30), sheet('b', 12, 40, 30), sheet('c', 0, 0, 0)];
    expect(consolidateScores(form, sheets)?.passed).toBe(false);
    expect(consolidateScores(form, sheets, { basis: 'median' })).toMatchObject({ total: 82, passed: true });
  });
});
