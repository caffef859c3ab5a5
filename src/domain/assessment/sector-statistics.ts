import { distribution, type Distribution } from './distribution.js';
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

/** Quartiles per group, the total and the coefficient, the levels and the criteria weakest first, of a non-empty sample. */
export function sampleStatistics(methodology: Methodology, sample: ScoreFigures[]) {
  // One pass over the sample gathers each group's and criterion's figures (a dashboard reads thousands).
  const groupPoints = new Map<string, number[]>(methodology.groups.map((g) => [g.code, []]));
  const groupShares = new Map<string, number[]>(methodology.groups.map((g) => [g.code, []]));
  const criterionShares = new Map<string, number[]>(methodology.criteria.map((c) => [c.code, []]));
  for (const s of sample) {
    for (const g of s.groups) {
      if (g.excluded) continue;
      if (g.points !== null && g.points !== undefined) groupPoints.get(g.code)?.push(g.points);
      if (g.share !== null && g.share !== undefined) groupShares.get(g.code)?.push(g.share);
    }
    for (const c of s.criteria) if (c.share !== null && c.share !== undefined) criterionShares.get(c.code)?.push(c.share);
  }
  const groups = methodology.groups.map((group): GroupStatistics => {
    const points = groupPoints.get(group.code) ?? [];
    const shares = groupShares.get(group.code) ?? [];
    return {
      code: group.code,
      name: group.name,
      maxPoints: group.maxPoints,
      points: points.length ? distribution(points, roundPoints) : null,
      share: shares.length ? distribution(shares, roundShare) : null,
    };
  });
  const counts = new Map<string, LevelCount>(methodology.levels.bands.map((b) => [b.code, { code: b.code, name: b.name, count: 0, share: 0 }]));
  for (const s of sample) {
    const entry = counts.get(s.level.code) ?? { code: s.level.code, name: s.level.name ?? { vi: s.level.code, en: s.level.code }, count: 0, share: 0 };
    counts.set(s.level.code, { ...entry, count: entry.count + 1 });
  }
  const criteria = methodology.criteria
    .map((criterion): CriterionStatistics | null => {
      const shares = criterionShares.get(criterion.code) ?? [];
      if (!shares.length) return null;
      const d = distribution(shares, roundShare);
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
    provisional: sample.some((s) => s.provisional),
    total: distribution(
      sample.map((s) => s.total),
      roundPoints,
    ),
    coefficient: distribution(
      sample.map((s) => s.coefficient),
      roundShare,
    ),
    groups,
    levels: [...counts.values()].map((l) => ({ ...l, share: roundShare(l.count / sample.length) })),
    criteria,
  };
}
