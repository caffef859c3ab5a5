import { describe, expect, it } from 'vitest';
import { compareAssessments } from './compare-assessments.js';
import type { Methodology } from './methodology-types.js';
import { scoreAssessment } from './score-assessment.js';
import { tinyAnswers, tinyMethodology } from './test-fixtures.js';

const version1 = tinyMethodology();
const first = scoreAssessment(version1, tinyAnswers(50, 50, 50), { sector: '10' }); // A1 3, A2 2, B3 5; total 10 → mid
const second = scoreAssessment(version1, tinyAnswers(50, 100, 80), { sector: '10' }); // A1 3, A2 4, B3 8; total 15 → high

describe('change between two assessments of one enterprise', () => {
  it('shows the change per criterion, group, total and level under the same version', () => {
    const change = compareAssessments(first, second);
    expect(change).toMatchObject({ sameMethodology: true, flags: [], total: { before: 10, after: 15, change: 5 } });
    expect(change.before.level.code).toBe('mid');
    expect(change.after.level.code).toBe('high');
    expect(change.groups.map((g) => [g.code, g.points.change, g.share.change])).toEqual([
      ['A', 2, 0.2],
      ['B', 3, 0.3],
    ]);
    expect(change.criteria.map((c) => [c.code, c.points.before, c.points.after, c.points.change])).toEqual([
      ['A1', 3, 3, 0],
      ['A2', 2, 4, 2],
      ['B3', 5, 8, 3],
    ]);
  });

  it('compares only groups, flagged, when the versions differ', () => {
    const version2: Methodology = { ...tinyMethodology(), id: 'tiny-v2', version: 2 };
    const later = scoreAssessment(version2, tinyAnswers(50, 100, 80), { sector: '10' });
    const change = compareAssessments(first, later);
    expect(change).toMatchObject({ sameMethodology: false, flags: ['methodology-changed'], total: null, coefficient: null, criteria: [] });
    expect(change.before.version).toBe(1);
    expect(change.after.version).toBe(2);
    expect(change.groups.map((g) => [g.code, g.points.change])).toEqual([
      ['A', 2],
      ['B', 3],
    ]);
  });
});
