import { amountProblem, type BudgetAmount, type BudgetProblem } from './budget-lines.js';

/** A budget as a form sends it: the declared totals (optional) and the lines. */
export type BudgetInput = {
  totalVnd: number | null;
  stateVnd: number | null;
  lines: ReadonlyArray<Pick<BudgetAmount, 'year' | 'source' | 'item' | 'amountVnd'>>;
};

/** The calendar years of the task's term (see termYears). */
export type BudgetTerm = { firstYear: number; lastYear: number };

/**
 * Everything wrong with a budget, each problem naming its field (`lines[2].amountVnd`,
 * `stateVnd`…): negative or fractional amounts, a year outside the task's term, a line entered
 * twice, a state share larger than the whole, declared totals that disagree with the lines.
 */
export function validateBudget(input: BudgetInput, term: BudgetTerm): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const seen = new Set<string>();
  let linesTotal = 0;
  let linesState = 0;
  input.lines.forEach((line, i) => {
    const invalid = amountProblem(line.amountVnd);
    if (invalid) problems.push({ path: `lines[${i}].amountVnd`, key: invalid });
    if (!Number.isInteger(line.year) || line.year < term.firstYear || line.year > term.lastYear)
      problems.push({ path: `lines[${i}].year`, key: 'year_outside_term' });
    const key = `${line.year}|${line.source}|${line.item.trim().toLowerCase()}`;
    if (seen.has(key)) problems.push({ path: `lines[${i}]`, key: 'duplicate_line' });
    seen.add(key);
    linesTotal += line.amountVnd;
    if (line.source === 'state') linesState += line.amountVnd;
  });
  for (const field of ['totalVnd', 'stateVnd'] as const) {
    const value = input[field];
    const invalid = value === null ? null : amountProblem(value);
    if (invalid) problems.push({ path: field, key: invalid });
  }
  if (problems.length > 0) return problems;

  const total = input.totalVnd ?? linesTotal;
  const state = input.stateVnd ?? linesState;
  if (state > total) problems.push({ path: 'stateVnd', key: 'state_exceeds_total' });
  if (input.totalVnd !== null && input.totalVnd !== linesTotal) problems.push({ path: 'totalVnd', key: 'total_differs_from_lines' });
  if (input.stateVnd !== null && input.stateVnd !== linesState) problems.push({ path: 'stateVnd', key: 'state_differs_from_lines' });
  return problems;
}
