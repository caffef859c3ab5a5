import type { Methodology } from './methodology-types.js';
import type { ScoreFigures } from './sector-statistics.js';

/** The scalar figures of a score kept beside its packed shares. */
export type ScalarFigures = { provisional: boolean; total: number; coefficient: number; levelCode: string };

/**
 * A score's figures from their packed form: big-endian float64s in the methodology version's order, each
 * group's points, each group's share, each criterion's share, NaN for none (an excluded group has no points).
 * Null when the bytes do not fit the version.
 */
export function unpackFigures(methodology: Methodology, scalars: ScalarFigures, bytes: Uint8Array): ScoreFigures | null {
  const groups = methodology.groups.length;
  if (bytes.byteLength !== (2 * groups + methodology.criteria.length) * 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (i: number) => {
    const value = view.getFloat64(i * 8, false);
    return Number.isNaN(value) ? null : value;
  };
  return {
    provisional: scalars.provisional,
    total: scalars.total,
    coefficient: scalars.coefficient,
    level: { code: scalars.levelCode },
    groups: methodology.groups.map((g, i) => {
      const points = at(i);
      return points === null ? { code: g.code, points: 0, share: null, excluded: true } : { code: g.code, points, share: at(groups + i), excluded: false };
    }),
    criteria: methodology.criteria.map((c, i) => ({ code: c.code, share: at(2 * groups + i) })),
  };
}
