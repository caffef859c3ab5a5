import type { ScoreSheet } from './score-sheets.js';
import { defaultOutlierRule, flagOutliers, type OutlierFlag, type OutlierRule, type ScorerTotal } from './score-outliers.js';
import { weightedTotal, type ScoringForm } from './scoring-forms.js';
import { mean, median } from './statistics.js';

export type CriterionSummary = {
  key: string;
  mean: number;
  median: number;
  min: number;
  max: number;
  /** The consolidated value (mean or median, as the options say), compared with the criterion's minimum. */
  value: number;
  passed: boolean;
  comments: Array<{ scorerId: string; text: string }>;
};

export type Consolidation = {
  sheets: number;
  /** At least `minSheets` submitted sheets: the result may be adopted. */
  enough: boolean;
  criteria: CriterionSummary[];
  scorerTotals: ScorerTotal[];
  meanTotal: number;
  medianTotal: number;
  total: number;
  passed: boolean;
  /** Criteria under their minimum, then `total` when the overall pass mark is missed. */
  failedOn: string[];
  outliers: OutlierFlag[];
};

export type ConsolidationOptions = { basis?: 'mean' | 'median'; minSheets?: number; outliers?: OutlierRule };

/**
 * The council's result on one dossier from its submitted sheets (drafts are ignored): per
 * criterion mean and median with the members' comments, the overall total, pass or fail against
 * the form's thresholds, and the scorers whose totals stand out. Null when nothing is submitted.
 */
export function consolidateScores(form: ScoringForm, sheets: readonly ScoreSheet[], options: ConsolidationOptions = {}): Consolidation | null {
  const submitted = sheets.filter((s) => s.submittedAt !== null);
  if (submitted.length === 0) return null;
  const basis = options.basis ?? 'mean';
  const criteria = form.criteria.map((criterion): CriterionSummary => {
    const values = submitted.map((s) => s.scores[criterion.key] ?? 0);
    const summary = { mean: mean(values), median: median(values) };
    const value = summary[basis];
    return {
      key: criterion.key,
      ...summary,
      min: Math.min(...values),
      max: Math.max(...values),
      value,
      passed: criterion.minPoints === null || value + 1e-9 >= criterion.minPoints,
      comments: submitted.flatMap((s) => (s.comments[criterion.key]?.trim() ? [{ scorerId: s.scorerId, text: s.comments[criterion.key].trim() }] : [])),
    };
  });
  const scorerTotals = submitted.map((s) => ({ scorerId: s.scorerId, total: weightedTotal(form, s.scores) }));
  const totals = scorerTotals.map((t) => t.total);
  const consolidated = { meanTotal: mean(totals), medianTotal: median(totals) };
  const total = basis === 'mean' ? consolidated.meanTotal : consolidated.medianTotal;
  const failedOn = [...criteria.filter((c) => !c.passed).map((c) => c.key), ...(total + 1e-9 >= form.passTotal ? [] : ['total'])];
  return {
    sheets: submitted.length,
    enough: submitted.length >= (options.minSheets ?? 1),
    criteria,
    scorerTotals,
    ...consolidated,
    total,
    passed: failedOn.length === 0,
    failedOn,
    outliers: flagOutliers(scorerTotals, options.outliers ?? defaultOutlierRule),
  };
}
