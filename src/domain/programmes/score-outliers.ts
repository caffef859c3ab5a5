import { median } from './statistics.js';

/**
 * How a scorer is flagged as an outlier: by how far their total lies from the median of the
 * other scorers' totals, or by a robust z-score (0.6745 × deviation from the median / MAD,
 * Iglewicz–Hoaglin; MAD floored so that a panel in near-perfect agreement does not flag a
 * one-point difference).
 */
export type OutlierRule = { method: 'deviation-from-others'; maxDeviation: number } | { method: 'robust-z'; threshold: number; minMad: number };

/** Default: more than 15 points (on a 100-point form) from the median of the others. */
export const defaultOutlierRule: OutlierRule = { method: 'deviation-from-others', maxDeviation: 15 };

export type ScorerTotal = { scorerId: string; total: number };
/** `reference`: the median it is compared with; `measure`: the deviation in points, or the z-score. */
export type OutlierFlag = ScorerTotal & { reference: number; measure: number };

/** The scorers whose totals stand out under the rule; with fewer than three scorers nobody stands out from a majority. */
export function flagOutliers(totals: readonly ScorerTotal[], rule: OutlierRule = defaultOutlierRule): OutlierFlag[] {
  if (totals.length < 3) return [];
  switch (rule.method) {
    case 'deviation-from-others':
      return totals.flatMap((t, i) => {
        const reference = median(totals.filter((_, j) => j !== i).map((o) => o.total));
        const measure = t.total - reference;
        return Math.abs(measure) > rule.maxDeviation ? [{ ...t, reference, measure }] : [];
      });
    case 'robust-z': {
      const reference = median(totals.map((t) => t.total));
      const mad = Math.max(median(totals.map((t) => Math.abs(t.total - reference))), rule.minMad);
      return totals.flatMap((t) => {
        const measure = (0.6745 * (t.total - reference)) / mad;
        return Math.abs(measure) > rule.threshold ? [{ ...t, reference, measure }] : [];
      });
    }
    default: {
      const never: never = rule;
      return never;
    }
  }
}
