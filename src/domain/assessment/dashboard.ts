import { distribution } from './distribution.js';
import type { Methodology } from './methodology-types.js';
import { roundPoints, roundShare } from './numbers.js';
import { MIN_SECTOR_SAMPLE, sampleStatistics, type ScoreFigures } from './sector-statistics.js';

/** One enterprise in a dashboard: its latest verified assessment under the methodology, and where it sits. */
export type DashboardRecord = { vsicDivision: string; provinceCode: string | null; campaignIds: string[]; score: ScoreFigures };

type Statistics = ReturnType<typeof sampleStatistics>;

/** One row of a breakdown: how many enterprises share the key, and their figures unless too few to publish. */
export type DashboardRow = {
  key: string;
  n: number;
  /** Fewer than `minimum` enterprises: the figures would describe too few firms, or one, so they are left out. */
  withheld: boolean;
  meanTotal: number | null;
  medianTotal: number | null;
  meanCoefficient: number | null;
  levels: Array<{ code: string; count: number }>;
  groups: Array<{ code: string; meanShare: number | null }>;
};

export type AssessmentDashboard = {
  /** Enterprises counted: each once, with its latest verified (approved) assessment under this methodology. */
  n: number;
  minimum: number;
  overall: ({ status: 'ok' } & Statistics) | { status: 'insufficient' };
  bySector: DashboardRow[];
  byProvince: DashboardRow[];
  byCampaign: DashboardRow[];
};

function row(methodology: Methodology, key: string, records: DashboardRecord[]): DashboardRow {
  if (records.length < MIN_SECTOR_SAMPLE) {
    return { key, n: records.length, withheld: true, meanTotal: null, medianTotal: null, meanCoefficient: null, levels: [], groups: [] };
  }
  // A row needs no criterion figures: totals, levels and group means only, in one pass.
  const totals: number[] = [];
  let coefficients = 0;
  const levels = new Map<string, number>(methodology.levels.bands.map((b) => [b.code, 0]));
  const groupSums = new Map<string, { sum: number; n: number }>(methodology.groups.map((g) => [g.code, { sum: 0, n: 0 }]));
  for (const { score } of records) {
    totals.push(score.total);
    coefficients += score.coefficient;
    levels.set(score.level.code, (levels.get(score.level.code) ?? 0) + 1);
    for (const g of score.groups) {
      const entry = groupSums.get(g.code);
      if (entry && !g.excluded && g.share !== null) {
        entry.sum += g.share;
        entry.n += 1;
      }
    }
  }
  const total = distribution(totals, roundPoints);
  return {
    key,
    n: records.length,
    withheld: false,
    meanTotal: total.mean,
    medianTotal: total.median,
    meanCoefficient: roundShare(coefficients / records.length),
    levels: [...levels.entries()].map(([code, count]) => ({ code, count })),
    groups: [...groupSums.entries()].map(([code, { sum, n }]) => ({ code, meanShare: n ? roundShare(sum / n) : null })),
  };
}

function breakdown(methodology: Methodology, records: DashboardRecord[], keysOf: (r: DashboardRecord) => string[]): DashboardRow[] {
  const buckets = new Map<string, DashboardRecord[]>();
  for (const r of records)
    for (const key of keysOf(r)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(r);
      else buckets.set(key, [r]);
    }
  return [...buckets.entries()].map(([key, rs]) => row(methodology, key, rs)).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

/**
 * The dashboard of verified assessments under one methodology: overall quartiles, levels and weakest
 * criteria, and the same figures by VSIC division, province and campaign. Any set of fewer than
 * MIN_SECTOR_SAMPLE enterprises shows its count only, so no figure describes a single enterprise.
 */
export function assessmentDashboard(methodology: Methodology, records: DashboardRecord[]): AssessmentDashboard {
  const overall =
    records.length >= MIN_SECTOR_SAMPLE
      ? {
          status: 'ok' as const,
          ...sampleStatistics(
            methodology,
            records.map((r) => r.score),
          ),
        }
      : { status: 'insufficient' as const };
  return {
    n: records.length,
    minimum: MIN_SECTOR_SAMPLE,
    overall,
    bySector: breakdown(methodology, records, (r) => [r.vsicDivision]),
    byProvince: breakdown(methodology, records, (r) => (r.provinceCode ? [r.provinceCode] : [])),
    byCampaign: breakdown(methodology, records, (r) => r.campaignIds),
  };
}
