import type { SampleSummary } from './distribution.js';
import { columnSummary, figuresWidth, levelCounts, rowsSummary, tableOfScores, type FiguresTable } from './figures-table.js';
import type { Methodology } from './methodology-types.js';
import { roundPoints, roundShare } from './numbers.js';
import { MIN_SECTOR_SAMPLE, statisticsOf, summariseTable, type SampleSummaries, type ScoreFigures } from './sector-statistics.js';

/** One enterprise in a dashboard: its latest verified assessment under the methodology, and where it sits. */
export type DashboardRecord = { vsicDivision: string; provinceCode: string | null; campaignIds: string[]; score: ScoreFigures };

/** The enterprises of a dashboard as a table aligned to the methodology: their figures, and where each sits (row by row). */
export type DashboardTable = FiguresTable & { vsicDivision: string[]; provinceCode: Array<string | null>; campaignIds: string[][] };

type Statistics = ReturnType<typeof statisticsOf>;

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

/** The enterprises sharing one key of a breakdown, summarised: totals, coefficients, levels and each group's shares (sum in ascending order). */
type SetSummary = {
  key: string;
  n: number;
  total: SampleSummary;
  coefficient: SampleSummary;
  levels: Array<{ code: string; count: number }>;
  groupShares: Array<{ code: string; n: number; sum: number }>;
};

/** Everything a dashboard is computed from: summaries of the whole set (null when empty) and of each key of each breakdown. */
type DashboardSummaries = { overall: SampleSummaries | null; bySector: SetSummary[]; byProvince: SetSummary[]; byCampaign: SetSummary[] };

function row(methodology: Methodology, s: SetSummary): DashboardRow {
  if (s.n < MIN_SECTOR_SAMPLE) {
    return { key: s.key, n: s.n, withheld: true, meanTotal: null, medianTotal: null, meanCoefficient: null, levels: [], groups: [] };
  }
  const levels = new Map<string, number>(methodology.levels.bands.map((b) => [b.code, 0]));
  for (const l of s.levels) levels.set(l.code, (levels.get(l.code) ?? 0) + l.count);
  const shares = new Map(s.groupShares.map((g) => [g.code, g]));
  return {
    key: s.key,
    n: s.n,
    withheld: false,
    meanTotal: roundPoints(s.total.sum / s.n),
    medianTotal: roundPoints(s.total.median),
    meanCoefficient: roundShare(s.coefficient.sum / s.n),
    levels: [...levels.entries()].map(([code, count]) => ({ code, count })),
    groups: methodology.groups.map((g) => {
      const share = shares.get(g.code);
      return { code: g.code, meanShare: share?.n ? roundShare(share.sum / share.n) : null };
    }),
  };
}

const rows = (methodology: Methodology, sets: SetSummary[]) => sets.map((s) => row(methodology, s)).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));

/**
 * The dashboard of verified assessments under one methodology from its summaries: overall quartiles,
 * levels and weakest criteria, and the same figures by VSIC division, province and campaign. Any set of
 * fewer than MIN_SECTOR_SAMPLE enterprises shows its count only, so no figure describes a single enterprise.
 */
function dashboardOf(methodology: Methodology, s: DashboardSummaries): AssessmentDashboard {
  const n = s.overall?.n ?? 0;
  return {
    n,
    minimum: MIN_SECTOR_SAMPLE,
    overall: s.overall && n >= MIN_SECTOR_SAMPLE ? { status: 'ok', ...statisticsOf(methodology, s.overall) } : { status: 'insufficient' },
    bySector: rows(methodology, s.bySector),
    byProvince: rows(methodology, s.byProvince),
    byCampaign: rows(methodology, s.byCampaign),
  };
}

function setSummary(m: Methodology, table: DashboardTable, key: string, rows: Int32Array): SetSummary {
  const width = figuresWidth(m);
  return {
    key,
    n: rows.length,
    total: rowsSummary(table.total, rows),
    coefficient: rowsSummary(table.coefficient, rows),
    levels: levelCounts(table, rows),
    groupShares: m.groups.flatMap((g, i) => {
      const shares = columnSummary(table.figures, rows, width, m.groups.length + i);
      return shares ? [{ code: g.code, n: shares.n, sum: shares.sum }] : [];
    }),
  };
}

function breakdown(m: Methodology, table: DashboardTable, keysOf: (row: number) => Array<string | null>): SetSummary[] {
  const buckets = new Map<string, number[]>();
  for (let row = 0; row < table.n; row++)
    for (const key of keysOf(row)) {
      if (key === null) continue;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(row);
      else buckets.set(key, [row]);
    }
  return [...buckets.entries()].map(([key, rows]) => setSummary(m, table, key, Int32Array.from(rows)));
}

/** The summaries of a dashboard computed from its table, one row per enterprise. */
function summariseDashboard(m: Methodology, table: DashboardTable): DashboardSummaries {
  return {
    overall: table.n ? summariseTable(m, table) : null,
    bySector: breakdown(m, table, (row) => [table.vsicDivision[row]]),
    byProvince: breakdown(m, table, (row) => [table.provinceCode[row]]),
    byCampaign: breakdown(m, table, (row) => table.campaignIds[row]),
  };
}

/** The dashboard of a table of enterprises (see `dashboardOf`). */
export function dashboardOfTable(methodology: Methodology, table: DashboardTable): AssessmentDashboard {
  return dashboardOf(methodology, summariseDashboard(methodology, table));
}

/** The dashboard of records, one per enterprise (see `dashboardOf`). */
export function assessmentDashboard(methodology: Methodology, records: DashboardRecord[]): AssessmentDashboard {
  const table: DashboardTable = {
    ...tableOfScores(
      methodology,
      records.map((r) => r.score),
    ),
    vsicDivision: records.map((r) => r.vsicDivision),
    provinceCode: records.map((r) => r.provinceCode),
    campaignIds: records.map((r) => r.campaignIds),
  };
  return dashboardOfTable(methodology, table);
}
