/**
 * A task's budget: lines by year and funding source. Each line's amount is proposed, then
 * appraised (usually down), then contracted; every change is a new version, so the history
 * of a line shows who cut what and when.
 */
export const fundingSources = ['state', 'counterpart', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];

export const budgetStages = ['proposed', 'appraised', 'contracted'] as const;
export type BudgetStage = (typeof budgetStages)[number];

export type BudgetAmountVersion = { stage: BudgetStage; version: number; amountVnd: number; by: string; at: Date; note: string | null };

/** `item` names the spending (labour, materials, equipment…); a line is one item in one year from one source. */
export type BudgetLine = { id: string; year: number; source: FundingSource; item: string; versions: readonly BudgetAmountVersion[] };

/** One line's amount at one stage: what validation, totals and reports work on. */
export type BudgetAmount = { lineId: string; year: number; source: FundingSource; item: string; amountVnd: number };

/** A field-named problem, in the house shape (see connections/agreement-rules). */
export type BudgetProblem = { path: string; key: BudgetProblemKey };
export type BudgetProblemKey =
  | 'negative_amount'
  | 'not_whole_vnd'
  | 'year_outside_term'
  | 'duplicate_line'
  | 'state_exceeds_total'
  | 'total_differs_from_lines'
  | 'state_differs_from_lines'
  | 'stage_closed';

const stageRank = (stage: BudgetStage) => budgetStages.indexOf(stage);

/** A problem with an amount of money, or null: VND amounts are whole, non-negative and within exact integer range. */
export function amountProblem(amountVnd: number): 'negative_amount' | 'not_whole_vnd' | null {
  if (!Number.isSafeInteger(amountVnd)) return 'not_whole_vnd';
  return amountVnd < 0 ? 'negative_amount' : null;
}

/**
 * The line's amount at `stage`: its latest version at that stage or, when that stage left the
 * line untouched, at the stage before (appraisers change only the lines they cut; to drop a line
 * they set it to zero). Null when the line did not exist yet (added at a later stage).
 */
export function amountAt(line: BudgetLine, stage: BudgetStage): number | null {
  let best: BudgetAmountVersion | null = null;
  for (const v of line.versions) {
    if (stageRank(v.stage) > stageRank(stage)) continue;
    if (!best || stageRank(v.stage) > stageRank(best.stage) || (v.stage === best.stage && v.version > best.version)) best = v;
  }
  return best ? best.amountVnd : null;
}

/** The budget as it stood at `stage`, one amount a line. */
export function budgetAt(lines: readonly BudgetLine[], stage: BudgetStage): BudgetAmount[] {
  const out: BudgetAmount[] = [];
  for (const line of lines) {
    const amountVnd = amountAt(line, stage);
    if (amountVnd !== null) out.push({ lineId: line.id, year: line.year, source: line.source, item: line.item, amountVnd });
  }
  return out;
}

export type RevisionResult = { ok: true; line: BudgetLine } | { ok: false; problem: BudgetProblem };

/**
 * A new version of the line's amount at `stage`. Refused once a later stage has touched the line
 * (a contracted amount is not re-appraised) or for an amount that is not a whole non-negative VND.
 */
export function reviseLine(line: BudgetLine, stage: BudgetStage, amountVnd: number, who: { by: string; at: Date; note?: string | null }): RevisionResult {
  const invalid = amountProblem(amountVnd);
  if (invalid) return { ok: false, problem: { path: 'amountVnd', key: invalid } };
  if (line.versions.some((v) => stageRank(v.stage) > stageRank(stage))) return { ok: false, problem: { path: 'stage', key: 'stage_closed' } };
  const version = line.versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
  const entry: BudgetAmountVersion = { stage, version, amountVnd, by: who.by, at: who.at, note: who.note ?? null };
  return { ok: true, line: { ...line, versions: [...line.versions, entry] } };
}
