import type { Text } from './methodology-types.js';
import { roundPoints, roundShare } from './numbers.js';
import type { AssessmentScore } from './score-assessment.js';

export type Change = { before: number | null; after: number | null; change: number | null };

export type AssessmentChange = {
  /** False when the two were scored with different methodology versions: only groups are compared. */
  sameMethodology: boolean;
  flags: Array<'methodology-changed'>;
  before: { methodologyId: string; version: number; level: { code: string; name: Text } };
  after: { methodologyId: string; version: number; level: { code: string; name: Text } };
  total: Change | null;
  coefficient: Change | null;
  /** Groups present in both, by code: points and share of the group's maximum. */
  groups: Array<{ code: string; name: Text; points: Change; share: Change }>;
  criteria: Array<{ code: string; name: Text; points: Change; share: Change }>;
};

function change(before: number | null, after: number | null, round: (v: number) => number): Change {
  return { before, after, change: before === null || after === null ? null : round(after - before) };
}

/** What changed between two assessments of one enterprise, per group and (same version) per criterion. */
export function compareAssessments(before: AssessmentScore, after: AssessmentScore): AssessmentChange {
  const same = before.methodologyId === after.methodologyId;
  const groups = after.groups.flatMap((g) => {
    const old = before.groups.find((o) => o.code === g.code);
    if (!old) return [];
    const points = (x: typeof g) => (x.excluded ? null : x.points);
    return [{ code: g.code, name: g.name, points: change(points(old), points(g), roundPoints), share: change(old.share, g.share, roundShare) }];
  });
  const criteria = same
    ? after.criteria.map((c) => {
        const old = before.criteria.find((o) => o.code === c.code);
        return {
          code: c.code,
          name: c.name,
          points: change(old?.points ?? null, c.points, roundPoints),
          share: change(old?.share ?? null, c.share, roundShare),
        };
      })
    : [];
  const side = (s: AssessmentScore) => ({ methodologyId: s.methodologyId, version: s.version, level: s.level });
  return {
    sameMethodology: same,
    flags: same ? [] : ['methodology-changed'],
    before: side(before),
    after: side(after),
    total: same ? change(before.total, after.total, roundPoints) : null,
    coefficient: same ? change(before.coefficient, after.coefficient, roundShare) : null,
    groups,
    criteria,
  };
}
