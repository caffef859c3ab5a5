/**
 * Scoring forms as data: criteria with maximum points, a weight and a minimum, and an overall
 * pass mark. A weighted total is Σ weight × points; the default form has weight 1 throughout, so
 * its points are already the weights (necessity 15, feasibility 50, effectiveness 35 of 100).
 */
export type Criterion = { key: string; maxPoints: number; weight: number; minPoints: number | null };
export type ScoringForm = { id: string; criteria: readonly Criterion[]; passTotal: number };

/** The default task form: pass with 70 of 100 and no criterion under half its maximum. */
export const defaultTaskScoringForm: ScoringForm = {
  id: 'task-default',
  criteria: [
    { key: 'necessity', maxPoints: 15, weight: 1, minPoints: 7.5 },
    { key: 'feasibility', maxPoints: 50, weight: 1, minPoints: 25 },
    { key: 'effectiveness', maxPoints: 35, weight: 1, minPoints: 17.5 },
  ],
  passTotal: 70,
};

export type FormProblem = { path: string; key: 'not_positive' | 'above_maximum' | 'duplicate_key' | 'no_criteria' };

/** The highest weighted total the form allows. */
export function formMaxTotal(form: ScoringForm): number {
  return form.criteria.reduce((sum, c) => sum + c.weight * c.maxPoints, 0);
}

/** The weighted total of a complete set of scores (missing criteria count as zero). */
export function weightedTotal(form: ScoringForm, scores: Readonly<Record<string, number | null>>): number {
  return form.criteria.reduce((sum, c) => sum + c.weight * (scores[c.key] ?? 0), 0);
}

/** What is wrong with a form that agency staff edited, each problem naming its field. */
export function validateForm(form: ScoringForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (form.criteria.length === 0) problems.push({ path: 'criteria', key: 'no_criteria' });
  const keys = new Set<string>();
  form.criteria.forEach((c, i) => {
    if (keys.has(c.key)) problems.push({ path: `criteria[${i}].key`, key: 'duplicate_key' });
    keys.add(c.key);
    if (!(c.maxPoints > 0)) problems.push({ path: `criteria[${i}].maxPoints`, key: 'not_positive' });
    if (!(c.weight > 0)) problems.push({ path: `criteria[${i}].weight`, key: 'not_positive' });
    if (c.minPoints !== null && c.minPoints > c.maxPoints) problems.push({ path: `criteria[${i}].minPoints`, key: 'above_maximum' });
  });
  if (form.passTotal > formMaxTotal(form)) problems.push({ path: 'passTotal', key: 'above_maximum' });
  return problems;
}

export type RulesProblem = { path: string; key: 'weights_do_not_sum' | 'above_maximum' | 'unknown_criterion' };

/**
 * What is wrong with a council's rules beyond its form: the criteria's weighted maximum must equal
 * the scale the council scores on (100 points by default), the pass mark must lie within that
 * scale, and the tie-break must name one of the form's criteria (or none: the chair decides).
 */
export function validateRules(form: ScoringForm, scale: number, tieBreak: string | null): RulesProblem[] {
  const problems: RulesProblem[] = [];
  if (Math.abs(formMaxTotal(form) - scale) > 1e-6) problems.push({ path: 'criteria', key: 'weights_do_not_sum' });
  if (form.passTotal > scale) problems.push({ path: 'passTotal', key: 'above_maximum' });
  if (tieBreak !== null && !form.criteria.some((c) => c.key === tieBreak)) problems.push({ path: 'tieBreak', key: 'unknown_criterion' });
  return problems;
}
