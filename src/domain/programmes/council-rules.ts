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
