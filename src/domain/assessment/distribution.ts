/** Five-number summary and mean of a sample. */
export type Distribution = { n: number; min: number; q1: number; median: number; q3: number; max: number; mean: number };

/**
 * The p-quantile of ascending values by linear interpolation between order statistics
 * (Hyndman–Fan type 7, as Excel's QUARTILE.INC and R's default), so exported figures match a spreadsheet.
 */
function quantile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/** Quartiles, extremes and mean of a non-empty sample, each passed through `round`. */
export function distribution(values: number[], round: (value: number) => number): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: round(sorted[0]),
    q1: round(quantile(sorted, 0.25)),
    median: round(quantile(sorted, 0.5)),
    q3: round(quantile(sorted, 0.75)),
    max: round(sorted[sorted.length - 1]),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}
