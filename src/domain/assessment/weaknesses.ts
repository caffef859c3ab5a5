import type { ScoreFlag } from './evaluate-rule.js';
import type { GapKind, Methodology, Text } from './methodology-types.js';
import { roundShare } from './numbers.js';
import type { AssessmentScore } from './score-assessment.js';
import type { SectorStatistics } from './sector-statistics.js';

/** Where the server looks for help with a gap: catalogue offers, experts, or a programme to apply to. */
export type GapLink = 'offers' | 'experts' | 'programmes';

export const gapLinks: Record<GapKind, GapLink> = {
  equipment: 'offers',
  process: 'offers',
  skills: 'experts',
  management: 'experts',
  rd: 'programmes',
  innovation: 'programmes',
};

export type Weakness = {
  code: string;
  group: string;
  name: Text;
  gapKind: GapKind;
  link: GapLink;
  points: number;
  maxPoints: number;
  share: number;
  sectorMedianShare: number | null;
  /** Sector median share minus this share (positive: below the median); null without sector figures. */
  gapToMedian: number | null;
  nextStep: Text;
  keywords: { vi: string[]; en: string[] };
  flags: ScoreFlag[];
};

export type WeaknessOptions = { sector?: SectorStatistics; min?: number; max?: number; weakShare?: number };

/**
 * The weakest criteria of an assessment: ranked by the share of the maximum missed plus, when the
 * sector has figures, the distance below its median share; ties go to the criterion that lost more
 * points. Always `min` (3) when that many are short of full marks; up to `max` (5) while they stay
 * under `weakShare` (half) of their maximum. Excluded criteria are not candidates.
 */
export function weakestCriteria(methodology: Methodology, score: AssessmentScore, options: WeaknessOptions = {}): Weakness[] {
  const { min = 3, max = 5, weakShare = 0.5 } = options;
  const sector = options.sector?.status === 'ok' ? options.sector : null;
  const candidates = score.criteria.flatMap((c): Array<{ weakness: Weakness; rank: number; lost: number }> => {
    const criterion = methodology.criteria.find((m) => m.code === c.code);
    if (c.points === null || c.share === null || c.share >= 1 || !criterion) return [];
    const median = sector?.criteria.find((s) => s.code === c.code)?.medianShare ?? null;
    const gap = median === null ? null : roundShare(median - c.share);
    const weakness: Weakness = {
      code: c.code,
      group: c.group,
      name: c.name,
      gapKind: c.gapKind,
      link: gapLinks[c.gapKind],
      points: c.points,
      maxPoints: c.maxPoints,
      share: c.share,
      sectorMedianShare: median,
      gapToMedian: gap,
      nextStep: criterion.nextStep,
      keywords: criterion.keywords,
      flags: c.flags,
    };
    return [{ weakness, rank: 1 - c.share + Math.max(0, gap ?? 0), lost: c.maxPoints - c.points }];
  });
  candidates.sort((a, b) => b.rank - a.rank || b.lost - a.lost);
  return candidates.filter((c, i) => i < min || (i < max && c.weakness.share < weakShare)).map((c) => c.weakness);
}
