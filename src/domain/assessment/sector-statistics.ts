import { distributionOf, type Distribution, type SampleSummary } from './distribution.js';
import { allRows, columnSummary, figuresWidth, levelCounts, rowsSummary, tableOfScores, type FiguresTable } from './figures-table.js';
import type { Methodology, Text } from './methodology-types.js';
import { roundPoints, roundShare } from './numbers.js';
import type { AssessmentScore } from './score-assessment.js';

/** Fewer assessed enterprises than this and a sector's figures are withheld: they would describe too few firms, or one. */
export const MIN_SECTOR_SAMPLE = 5;

/** `null` when the group was excluded (all its criteria not applicable) in every assessment. */
export type GroupStatistics = { code: string; name: Text; maxPoints: number; points: Distribution | null; share: Distribution | null };
export type LevelCount = { code: string; name: Text; count: number; share: number };
export type CriterionStatistics = { code: string; group: string; name: Text; maxPoints: number; n: number; meanShare: number; medianShare: number };

export type SectorStatistics =
  | { status: 'insufficient'; sector: string; methodologyCode: string; n: number; minimum: number }
  | {
      status: 'ok';
      sector: string;
      methodologyCode: string;
      n: number;
      provisional: boolean;
      total: Distribution;
      coefficient: Distribution;
      groups: GroupStatistics[];
      levels: LevelCount[];
      /** Every criterion, weakest first (lowest mean share of its maximum). */
      criteria: CriterionStatistics[];
    };

/**
 * Aggregates of the scored assessments of one VSIC division under one methodology (any of its
 * versions; scores of another sector or methodology are left out). Withheld below MIN_SECTOR_SAMPLE.
 */
export function sectorStatistics(methodology: Methodology, scores: AssessmentScore[], sector: string): SectorStatistics {
  const sample = scores.filter((s) => s.sector === sector && s.methodologyCode === methodology.code);
  const base = { sector, methodologyCode: methodology.code, n: sample.length };
  if (sample.length < MIN_SECTOR_SAMPLE) return { status: 'insufficient', ...base, minimum: MIN_SECTOR_SAMPLE };
  return { status: 'ok', ...base, ...sampleStatistics(methodology, sample) };
}

/** What aggregates read of a score: enough to summarise without the inputs and rules of each criterion. */
export type ScoreFigures = Pick<AssessmentScore, 'provisional' | 'total' | 'coefficient'> & {
  level: { code: string; name?: Text };
  groups: Array<Pick<AssessmentScore['groups'][number], 'code' | 'points' | 'share' | 'excluded'>>;
  criteria: Array<{ code: string; share: number | null }>;
};

/** The figures of a score that aggregates read, small enough to store next to it and read fast. */
export function scoreFigures(score: AssessmentScore): ScoreFigures {
  return {
    provisional: score.provisional,
    total: score.total,
    coefficient: score.coefficient,
    level: { code: score.level.code },
    groups: score.groups.map((g) => ({ code: g.code, points: g.points, share: g.share, excluded: g.excluded })),
    criteria: score.criteria.map((c) => ({ code: c.code, share: c.share })),
  };
}

/** A sample of scores summarised: what its statistics need (`summariseTable`). */
export type SampleSummaries = {
  n: number;
  provisional: boolean;
  total: SampleSummary;
  coefficient: SampleSummary;
  levels: Array<{ code: string; count: number; name?: Text }>;
  /** Per group or criterion code, over the scores where it has a figure (excluded groups and missing shares left out). */
  groupPoints: Array<{ code: string } & SampleSummary>;
  groupShares: Array<{ code: string } & SampleSummary>;
  criteria: Array<{ code: string } & SampleSummary>;
};

/**
 * The summaries of the given rows (every row when omitted) of a table of scores aligned to the methodology, column
 * by column; at least one row. Groups and criteria the methodology does not have are left out.
 */
export function summariseTable(m: Methodology, table: FiguresTable, rows = allRows(table)): SampleSummaries {
  const width = figuresWidth(m);
  const columns = (codes: string[], offset: number) =>
    codes.flatMap((code, i) => {
      const summary = columnSummary(table.figures, rows, width, offset + i);
      return summary ? [{ code, ...summary }] : [];
    });
  const groupCodes = m.groups.map((g) => g.code);
  let provisional = false;
  for (const row of rows) provisional ||= table.provisional[row];
  return {
    n: rows.length,
    provisional,
    total: rowsSummary(table.total, rows),
    coefficient: rowsSummary(table.coefficient, rows),
    levels: levelCounts(table, rows).map((l) => ({ ...l, name: table.levelNames.get(l.code) })),
    groupPoints: columns(groupCodes, 0),
    groupShares: columns(groupCodes, groupCodes.length),
    criteria: columns(
      m.criteria.map((c) => c.code),
      2 * groupCodes.length,
    ),
  };
}

/** Quartiles per group, the total and the coefficient, the levels and the criteria weakest first, of a summarised non-empty sample. */
export function statisticsOf(methodology: Methodology, s: SampleSummaries) {
  const byCode = (list: Array<{ code: string } & SampleSummary>) => new Map(list.map((x) => [x.code, x]));
  const groupPoints = byCode(s.groupPoints);
  const groupShares = byCode(s.groupShares);
  const criterionShares = byCode(s.criteria);
  const groups = methodology.groups.map((group): GroupStatistics => {
    const points = groupPoints.get(group.code);
    const shares = groupShares.get(group.code);
    return {
      code: group.code,
      name: group.name,
      maxPoints: group.maxPoints,
      points: points ? distributionOf(points, roundPoints) : null,
      share: shares ? distributionOf(shares, roundShare) : null,
    };
  });
  const counts = new Map<string, LevelCount>(methodology.levels.bands.map((b) => [b.code, { code: b.code, name: b.name, count: 0, share: 0 }]));
  for (const l of s.levels) {
    const entry = counts.get(l.code) ?? { code: l.code, name: l.name ?? { vi: l.code, en: l.code }, count: 0, share: 0 };
    counts.set(l.code, { ...entry, count: entry.count + l.count });
  }
  const criteria = methodology.criteria
    .map((criterion): CriterionStatistics | null => {
      const shares = criterionShares.get(criterion.code);
      if (!shares) return null;
      const d = distributionOf(shares, roundShare);
      return {
        code: criterion.code,
        group: criterion.group,
        name: criterion.name,
        maxPoints: criterion.maxPoints,
        n: d.n,
        meanShare: d.mean,
        medianShare: d.median,
      };
    })
    .filter((c): c is CriterionStatistics => c !== null)
    .sort((a, b) => a.meanShare - b.meanShare || a.medianShare - b.medianShare);
  return {
    provisional: s.provisional,
    total: distributionOf(s.total, roundPoints),
    coefficient: distributionOf(s.coefficient, roundShare),
    groups,
    levels: [...counts.values()].map((l) => ({ ...l, share: roundShare(l.count / s.n) })),
    criteria,
  };
}

/** Quartiles per group, the total and the coefficient, the levels and the criteria weakest first, of a non-empty sample. */
export function sampleStatistics(methodology: Methodology, sample: ScoreFigures[]) {
  return statisticsOf(methodology, summariseTable(methodology, tableOfScores(methodology, sample)));
}
