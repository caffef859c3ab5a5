import type { CoefficientFormula, LevelBand, Text } from './methodology-types.js';

/** A group's share of its maximum (0–1), with its code for the weighted formulas. */
export type GroupShare = { group: string; share: number };

const weightOf = (weights: Record<string, number>, shares: GroupShare[]) => {
  const total = shares.reduce((s, g) => s + (weights[g.group] ?? 0), 0);
  return (group: string) => (weights[group] ?? 0) / total;
};

/**
 * The synchronisation coefficient (0–1) from the group shares. Every formula gives 0 when no
 * group has any points; a group left out (all its criteria excluded) is not passed in, and the
 * weighted formulas renormalise their weights over the groups present.
 */
export function synchronisationCoefficient(formula: CoefficientFormula, shares: GroupShare[]): number {
  const values = shares.map((g) => g.share);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  if (!values.length || mean === 0) return 0;
  switch (formula.kind) {
    case 'min-max-ratio':
      return Math.min(...values) / Math.max(...values);
    case 'one-minus-cv': {
      // Population standard deviation: the groups are the whole set, not a sample.
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
      return Math.max(0, 1 - sd / mean);
    }
    case 'geometric-arithmetic-ratio': {
      const w = weightOf(formula.weights, shares);
      const geometric = shares.reduce((p, g) => p * g.share ** w(g.group), 1);
      const arithmetic = shares.reduce((s, g) => s + g.share * w(g.group), 0);
      return geometric / arithmetic;
    }
    case 'weighted-geometric-mean': {
      const w = weightOf(formula.weights, shares);
      return shares.reduce((p, g) => p * g.share ** w(g.group), 1);
    }
    default: {
      const never: never = formula;
      return never;
    }
  }
}

/** The formula in words, for the report. */
export function describeCoefficient(formula: CoefficientFormula): Text {
  const weights =
    'weights' in formula
      ? Object.entries(formula.weights)
          .map(([g, w]) => `${g} ${w}`)
          .join(', ')
      : '';
  switch (formula.kind) {
    case 'min-max-ratio':
      return { vi: 'Tỷ lệ điểm thấp nhất / cao nhất giữa các nhóm (theo % điểm tối đa)', en: 'Lowest over highest group share of its maximum' };
    case 'one-minus-cv':
      return { vi: '1 − hệ số biến thiên của tỷ lệ điểm các nhóm', en: '1 − coefficient of variation of the group shares' };
    case 'geometric-arithmetic-ratio':
      return {
        vi: `Trung bình nhân / trung bình cộng có trọng số của tỷ lệ điểm các nhóm (${weights})`,
        en: `Weighted geometric over arithmetic mean of the group shares (${weights})`,
      };
    case 'weighted-geometric-mean':
      return { vi: `Trung bình nhân có trọng số của tỷ lệ điểm các nhóm (${weights})`, en: `Weighted geometric mean of the group shares (${weights})` };
    default: {
      const never: never = formula;
      return never;
    }
  }
}

/** The highest band whose minimum total and minimum coefficient are both reached (bands ordered from the lowest). */
export function classifyLevel(bands: LevelBand[], total: number, coefficient: number): LevelBand {
  for (let i = bands.length - 1; i > 0; i--) {
    if (total >= bands[i].minTotal && coefficient >= bands[i].minCoefficient) return bands[i];
  }
  return bands[0];
}
