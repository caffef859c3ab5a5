import type { ScoringForm } from './scoring-forms.js';

/**
 * One member's scores on one dossier. Members score alone; a sheet locks when submitted, and
 * every sheet locks when the council's results are consolidated.
 */
export type ScoreSheet = {
  scorerId: string;
  dossierId: string;
  scores: Readonly<Record<string, number | null>>;
  comments: Readonly<Record<string, string>>;
  submittedAt: Date | null;
};

export type ScoreProblem = { path: string; key: 'over_maximum' | 'negative' | 'not_a_number' | 'missing' | 'unknown_criterion' | 'locked' };

/** Problems with a set of scores; `complete` also requires every criterion (on submission). */
export function checkScores(form: ScoringForm, scores: Readonly<Record<string, number | null>>, complete: boolean): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const key of Object.keys(scores)) {
    if (!form.criteria.some((c) => c.key === key)) problems.push({ path: `scores.${key}`, key: 'unknown_criterion' });
  }
  for (const criterion of form.criteria) {
    const value = scores[criterion.key];
    const path = `scores.${criterion.key}`;
    if (value === null || value === undefined) {
      if (complete) problems.push({ path, key: 'missing' });
    } else if (!Number.isFinite(value)) problems.push({ path, key: 'not_a_number' });
    else if (value < 0) problems.push({ path, key: 'negative' });
    else if (value > criterion.maxPoints) problems.push({ path, key: 'over_maximum' });
  }
  return problems;
}

export type SheetResult = { ok: true; sheet: ScoreSheet } | { ok: false; problems: ScoreProblem[] };

const lockedProblem = (sheet: ScoreSheet, councilLocked: boolean): ScoreProblem[] =>
  sheet.submittedAt !== null || councilLocked ? [{ path: 'scores', key: 'locked' }] : [];

/** Saves a draft (incomplete scores allowed, out-of-range ones not); refused once the sheet or the council is locked. */
export function saveScores(
  form: ScoringForm,
  sheet: ScoreSheet,
  change: { scores: Readonly<Record<string, number | null>>; comments?: Readonly<Record<string, string>> },
  councilLocked: boolean,
): SheetResult {
  const problems = [...lockedProblem(sheet, councilLocked), ...checkScores(form, change.scores, false)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, sheet: { ...sheet, scores: { ...sheet.scores, ...change.scores }, comments: { ...sheet.comments, ...change.comments } } };
}

/** Submits and locks a complete sheet; refused when a score is missing or out of range, or the sheet is already locked. */
export function submitSheet(form: ScoringForm, sheet: ScoreSheet, at: Date, councilLocked: boolean): SheetResult {
  const problems = [...lockedProblem(sheet, councilLocked), ...checkScores(form, sheet.scores, true)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, sheet: { ...sheet, submittedAt: at } };
}
