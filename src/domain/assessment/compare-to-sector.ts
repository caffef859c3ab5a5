import type { Distribution } from './distribution.js';
import type { Text } from './methodology-types.js';
import { roundPoints, roundShare } from './numbers.js';
import type { AssessmentScore } from './score-assessment.js';
import type { SectorStatistics } from './sector-statistics.js';

/** Which quarter of the sector a figure falls in (at the median counts as the third quarter). */
export type Quarter = 'first' | 'second' | 'third' | 'fourth';

export type Standing = { value: number; median: number; q1: number; q3: number; quarter: Quarter; toMedian: number };

export type SectorComparison =
  | { status: 'insufficient'; n: number; minimum: number }
  | {
      status: 'ok';
      n: number;
      total: Standing;
      coefficient: Standing;
      /** Group points against the sector's group points; excluded groups are left out. */
      groups: Array<{ code: string; name: Text; share: number | null; points: Standing }>;
      /** Each criterion's share of its maximum against the sector's median share. */
      criteria: Array<{ code: string; share: number | null; medianShare: number; gap: number | null }>;
    };

function standing(value: number, d: Distribution, round: (v: number) => number): Standing {
  const quarter: Quarter = value < d.q1 ? 'first' : value < d.median ? 'second' : value <= d.q3 ? 'third' : 'fourth';
  return { value, median: d.median, q1: d.q1, q3: d.q3, quarter, toMedian: round(value - d.median) };
}

/** One enterprise against its sector's median and quartiles (the radar chart's second series). */
export function compareToSector(score: AssessmentScore, sector: SectorStatistics): SectorComparison {
  if (sector.status === 'insufficient') return { status: 'insufficient', n: sector.n, minimum: sector.minimum };
  const groups = score.groups.flatMap((g) => {
    const stats = sector.groups.find((s) => s.code === g.code);
    return stats?.points && !g.excluded ? [{ code: g.code, name: g.name, share: g.share, points: standing(g.points, stats.points, roundPoints) }] : [];
  });
  const criteria = sector.criteria.flatMap((s) => {
    const own = score.criteria.find((c) => c.code === s.code);
    if (!own) return [];
    return [{ code: s.code, share: own.share, medianShare: s.medianShare, gap: own.share === null ? null : roundShare(s.medianShare - own.share) }];
  });
  return {
    status: 'ok',
    n: sector.n,
    total: standing(score.total, sector.total, roundPoints),
    coefficient: standing(score.coefficient, sector.coefficient, roundShare),
    groups,
    criteria,
  };
}
