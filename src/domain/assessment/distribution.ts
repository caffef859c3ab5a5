/** Five-number summary and mean of a sample. */
export type Distribution = { n: number; min: number; q1: number; median: number; q3: number; max: number; mean: number };

/**
 * A non-empty sample reduced to what its distribution needs, unrounded: count, extremes, the sum of its
 * values added in ascending order (so it does not depend on the order rows arrive in) and its quartiles.
 * (PostgreSQL's `sum(x ORDER BY x)` and `percentile_cont` compute the same, to the last bit.)
 */
export type SampleSummary = { n: number; min: number; max: number; sum: number; q1: number; median: number; q3: number };

/**
 * The p-quantile of ascending values by linear interpolation between order statistics
 * (Hyndman–Fan type 7, as Excel's QUARTILE.INC, R's default and PostgreSQL's percentile_cont),
 * so exported figures match a spreadsheet.
 */
function quantile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/** The summary of a non-empty sample. */
export function summarise(values: number[]): SampleSummary {
  // A typed array sorts numerically without a comparator: a dashboard sorts dozens of samples of thousands.
  return summariseSorted(Float64Array.from(values).sort());
}

/** The summary of a non-empty sample already in ascending order. */
export function summariseSorted(sorted: Float64Array): SampleSummary {
  return {
    n: sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    sum: sorted.reduce((s, v) => s + v, 0),
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
  };
}

/** Quartiles, extremes and mean of a summarised sample, each passed through `round`. */
export function distributionOf(s: SampleSummary, round: (value: number) => number): Distribution {
  return { n: s.n, min: round(s.min), q1: round(s.q1), median: round(s.median), q3: round(s.q3), max: round(s.max), mean: round(s.sum / s.n) };
}

/** Quartiles, extremes and mean of a non-empty sample, each passed through `round`. */
export function distribution(values: number[], round: (value: number) => number): Distribution {
  return distributionOf(summarise(values), round);
}
