/**
 * Precision and recall of reported pairs against a labelled set in which every duplicate pair is
 * listed: a reported pair that is not listed as a duplicate counts as a false alarm.
 */
export type ScoredPair = { a: string; b: string; score: number };

export type OperatingPoint = { threshold: number; precision: number; recall: number; f1: number; reported: number };

/** The key of an unordered pair. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

function point(threshold: number, found: number, reported: number, duplicates: number): OperatingPoint {
  const precision = reported === 0 ? 1 : found / reported;
  const recall = duplicates === 0 ? 1 : found / duplicates;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1, reported };
}

/** Precision, recall and F1 when the pairs scoring at least `threshold` are reported. */
export function operatingPoint(pairs: readonly ScoredPair[], duplicates: ReadonlySet<string>, threshold: number): OperatingPoint {
  const reported = pairs.filter((p) => p.score >= threshold);
  const found = reported.filter((p) => duplicates.has(pairKey(p.a, p.b))).length;
  return point(threshold, found, reported.length, duplicates.size);
}

/** One operating point at every distinct score (each a threshold), highest threshold first. */
export function precisionRecallCurve(pairs: readonly ScoredPair[], duplicates: ReadonlySet<string>): OperatingPoint[] {
  const sorted = [...pairs].sort((x, y) => y.score - x.score);
  const points: OperatingPoint[] = [];
  let found = 0;
  sorted.forEach((pair, i) => {
    if (duplicates.has(pairKey(pair.a, pair.b))) found++;
    if (i + 1 < sorted.length && sorted[i + 1].score === pair.score) return;
    points.push(point(pair.score, found, i + 1, duplicates.size));
  });
  return points;
}

/** The point of the curve with the best F1. */
export function bestF1(curve: readonly OperatingPoint[]): OperatingPoint | null {
  return curve.reduce<OperatingPoint | null>((best, point) => (best === null || point.f1 > best.f1 ? point : best), null);
}

/** The best precision among points that reach `recall`, or 0 when none does. */
export function precisionAtRecall(curve: readonly OperatingPoint[], recall: number): number {
  return curve.filter((p) => p.recall >= recall).reduce((best, p) => Math.max(best, p.precision), 0);
}
