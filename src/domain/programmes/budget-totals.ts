import { amountAt, fundingSources, type BudgetAmount, type BudgetLine, type BudgetStage, type FundingSource } from './budget-lines.js';

export type SourceSums = Record<FundingSource, number> & { total: number };
export type BudgetTotals = {
  byYear: Array<{ year: number } & SourceSums>;
  bySource: SourceSums;
  /** State budget over the whole, 0..1 (0 for an empty budget). */
  stateShare: number;
};

const emptySums = (): SourceSums => ({ state: 0, counterpart: 0, other: 0, total: 0 });

/** Sums by year (ascending) and by funding source, and the state share. */
export function budgetTotals(amounts: ReadonlyArray<Pick<BudgetAmount, 'year' | 'source' | 'amountVnd'>>): BudgetTotals {
  const years = new Map<number, SourceSums>();
  const bySource = emptySums();
  for (const a of amounts) {
    const year = years.get(a.year) ?? emptySums();
    years.set(a.year, year);
    for (const sums of [year, bySource]) {
      sums[a.source] += a.amountVnd;
      sums.total += a.amountVnd;
    }
  }
  return {
    byYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, sums]) => ({ year, ...sums })),
    bySource,
    stateShare: bySource.total === 0 ? 0 : bySource.state / bySource.total,
  };
}

export type LineChange = { lineId: string; year: number; source: FundingSource; item: string; fromVnd: number; toVnd: number; changeVnd: number };

/**
 * Line by line, what changed between two stages (by default what the appraisal cut from the
 * proposal), with the totals per source; a line absent at a stage counts as zero there.
 */
export function budgetChanges(lines: readonly BudgetLine[], from: BudgetStage = 'proposed', to: BudgetStage = 'appraised') {
  const changes: LineChange[] = lines.map((line) => {
    const fromVnd = amountAt(line, from) ?? 0;
    const toVnd = amountAt(line, to) ?? 0;
    return { lineId: line.id, year: line.year, source: line.source, item: line.item, fromVnd, toVnd, changeVnd: toVnd - fromVnd };
  });
  const bySource = Object.fromEntries(
    fundingSources.map((source) => {
      const rows = changes.filter((c) => c.source === source);
      return [source, { fromVnd: sum(rows, 'fromVnd'), toVnd: sum(rows, 'toVnd') }];
    }),
  ) as Record<FundingSource, { fromVnd: number; toVnd: number }>;
  return { lines: changes, bySource, fromVnd: sum(changes, 'fromVnd'), toVnd: sum(changes, 'toVnd') };
}

const sum = (rows: LineChange[], field: 'fromVnd' | 'toVnd') => rows.reduce((total, r) => total + r[field], 0);
