/**
 * Councils and their composition rules, kept as data that agency staff may adjust per kind.
 * A council reviews dossiers: task proposals, candidate leading organisations, budgets,
 * acceptance files, award nominations.
 */
export const councilKinds = ['identification', 'selection', 'appraisal', 'acceptance', 'award-provincial', 'award-ministry'] as const;
export type CouncilKind = (typeof councilKinds)[number];

export const councilRoles = ['chair', 'vice-chair', 'member', 'secretary'] as const;
export type CouncilRole = (typeof councilRoles)[number];

/** `external`: an independent expert, not staff of the agency or department running the council. */
export type CouncilMember = { personId: string; role: CouncilRole; organisationId: string | null; external: boolean };

export type CountRange = { min: number; max: number };

export type CompositionRule = {
  /** Allowed numbers of scoring members: everyone except a secretary who does not score. */
  scorerCounts: readonly number[];
  chairs: CountRange;
  viceChairs: CountRange;
  secretaries: CountRange;
  secretaryScores: boolean;
  /** Scoring members who must be external experts. */
  minExternal: number;
  /** Whether someone from an organisation proposing one of the council's dossiers may sit on it at all. */
  proposerMayServe: boolean;
  /** A dossier is decided when at least max(minScorers, ⌈share × scorers⌉) eligible scorers remain, one of them presiding if required. */
  quorum: { share: number; minScorers: number; presidingRequired: boolean };
};

const taskCouncil = (scorerCounts: number[], minExternal: number): CompositionRule => ({
  scorerCounts,
  chairs: { min: 1, max: 1 },
  viceChairs: { min: 1, max: 2 },
  secretaries: { min: 1, max: 1 },
  secretaryScores: false,
  minExternal,
  proposerMayServe: false,
  quorum: { share: 2 / 3, minScorers: 4, presidingRequired: true },
});

/**
 * Defaults: task councils of 7 or 9 scoring members; the budget appraisal team (tổ thẩm định)
 * of 5 or 7; award councils of 5–9 (province) and 7–11 (ministry), with at least four scorers
 * left on every dossier (Decision 1244/QĐ-BKHCN).
 */
export const defaultCompositionRules: Record<CouncilKind, CompositionRule> = {
  identification: taskCouncil([7, 9], 3),
  selection: taskCouncil([7, 9], 3),
  appraisal: taskCouncil([5, 7], 2),
  acceptance: taskCouncil([7, 9], 3),
  'award-provincial': taskCouncil([5, 6, 7, 8, 9], 2),
  'award-ministry': taskCouncil([7, 8, 9, 10, 11], 3),
};

/** Whether this member gives scores under the rule (a secretary usually only keeps the minutes). */
export const isScorer = (member: CouncilMember, rule: CompositionRule) => member.role !== 'secretary' || rule.secretaryScores;

export type RuleProblem = { path: string; key: 'roles_exceed_scorers' | 'range_inverted' | 'external_exceed_scorers' | 'quorum_unreachable' };

/**
 * What makes a kind's rule impossible to keep: a range whose minimum passes its maximum, more
 * required chairs and vice-chairs (and a scoring secretary) than the smallest council has scorers,
 * more required external experts than the largest, or a quorum no council of the kind can reach.
 */
export function compositionRuleProblems(rule: CompositionRule): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const range of ['chairs', 'viceChairs', 'secretaries'] as const) {
    if (rule[range].min > rule[range].max) problems.push({ path: `${range}.min`, key: 'range_inverted' });
  }
  const smallest = Math.min(...rule.scorerCounts);
  const largest = Math.max(...rule.scorerCounts);
  const presiding = rule.chairs.min + rule.viceChairs.min + (rule.secretaryScores ? rule.secretaries.min : 0);
  if (presiding > smallest) problems.push({ path: 'scorerCounts', key: 'roles_exceed_scorers' });
  if (rule.minExternal > largest) problems.push({ path: 'minExternal', key: 'external_exceed_scorers' });
  if (rule.quorum.minScorers > largest) problems.push({ path: 'quorum.minScorers', key: 'quorum_unreachable' });
  return problems;
}

/** The rule as stored: scorer counts distinct and ascending, so "5, 7" and "7, 5, 5" are one rule. */
export const normalisedRule = (rule: CompositionRule): CompositionRule => ({ ...rule, scorerCounts: [...new Set(rule.scorerCounts)].sort((a, b) => a - b) });
