import type { FundingSource } from '../../../domain/programmes/budget-lines.js';
import { addMonths, yearOf } from '../../../domain/programmes/dates.js';
import type { ContractTerm } from '../../../domain/programmes/report-schedule.js';
import type { Random } from '../generate/random.js';
import { splitExact } from './split-exact.js';

export type DemoAmount = { year: number; source: FundingSource; item: string; amountVnd: number };

/** Budgets are planned in units of 100 million VND (0.1 billion), so the programme's totals come out exact. */
export const UNIT_VND = 100_000_000;
const MILLION = 1_000_000;

const items: Record<FundingSource, string> = {
  state: 'Hỗ trợ từ ngân sách nhà nước',
  counterpart: 'Vốn đối ứng của tổ chức chủ trì',
  other: 'Vốn vay và nguồn khác',
};

/** Months of the term falling in each calendar year. */
function monthsByYear(term: ContractTerm): Map<number, number> {
  const out = new Map<number, number>();
  for (let m = 0; m < term.months; m++) {
    const year = yearOf(addMonths(term.startOn, m));
    out.set(year, (out.get(year) ?? 0) + 1);
  }
  return out;
}

/**
 * A task's contracted budget: `totalUnits` of which `stateUnits` from the state budget, the rest
 * counterpart funds and sometimes a loan; each source spread over the term's years by months.
 */
export function contractedBudget(random: Random, totalUnits: number, stateUnits: number, term: ContractTerm): DemoAmount[] {
  if (stateUnits > totalUnits) throw new Error('demo budget: state share larger than the total');
  const rest = totalUnits - stateUnits;
  const other = random.chance(0.3) ? Math.floor(rest * 0.15) : 0;
  const bySource: Record<FundingSource, number> = { state: stateUnits, counterpart: rest - other, other };
  const years = [...monthsByYear(term)];
  return (Object.keys(bySource) as FundingSource[]).flatMap((source) => {
    if (bySource[source] === 0) return [];
    const millions = splitExact(
      (bySource[source] * UNIT_VND) / MILLION,
      years.map(([, months]) => months),
    );
    return years.map(([year], i) => ({ year, source, item: items[source], amountVnd: millions[i] * MILLION })).filter((a) => a.amountVnd > 0);
  });
}

/** What the proposer had asked for before the appraisal cut it: each line 5–20% more, to the million. */
export function inflated(random: Random, amounts: readonly DemoAmount[]): DemoAmount[] {
  return amounts.map((a) => ({ ...a, amountVnd: Math.round((a.amountVnd * (1 + random.int(5, 20) / 100)) / MILLION) * MILLION }));
}

/** The budget a proposal asks for: 5–120 billion VND over two or three years, a quarter to a half from the state. */
export function proposalBudget(random: Random, term: ContractTerm): DemoAmount[] {
  const total = random.int(50, 1200);
  return contractedBudget(random, total, Math.floor((total * random.int(25, 50)) / 100), term);
}
