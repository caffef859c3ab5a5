import { describe, expect, it } from 'vitest';
import { assessmentDashboard, dashboardOfTable, type DashboardTable } from './dashboard.js';
import { emptyFiguresTable, packedColumns } from './figures-table.js';
import type { Methodology } from './methodology-types.js';
import { setPackedRow } from './packed-figures.js';
import { scoreAssessment } from './score-assessment.js';
import { scoreFigures, type ScoreFigures } from './sector-statistics.js';
import { tinyAnswers, tinyMethodology } from './test-fixtures.js';

const current = tinyMethodology();
// An earlier version: its criteria in another order, and one (A9) the current version dropped.
const earlier: Methodology = {
  ...current,
  id: 'tiny-v0',
  version: 0,
  criteria: [current.criteria[2], { ...current.criteria[0], code: 'A9' }, current.criteria[1], current.criteria[0]],
};

/** A score packed as the dashboard entries keep it: big-endian float64s in the version's order, NaN for none. */
function pack(version: Methodology, score: ScoreFigures): DataView {
  const values = [
    ...version.groups.map((g) => score.groups.find((x) => x.code === g.code && !x.excluded)?.points ?? Number.NaN),
    ...version.groups.map((g) => score.groups.find((x) => x.code === g.code && !x.excluded)?.share ?? Number.NaN),
    ...version.criteria.map((c) => score.criteria.find((x) => x.code === c.code)?.share ?? Number.NaN),
  ];
  const view = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((v, i) => view.setFloat64(i * 8, v, false));
  return view;
}

const scores = [
  [100, 100, 100],
  [50, 50, 50],
  [0, 0, 0],
  [100, 50, 0],
  [50, 100, 80],
  [20, 70, 90],
].map(([a1, a2, b3]) => scoreFigures(scoreAssessment(current, tinyAnswers(a1, a2, b3), { sector: '10' })));

describe('figures table', () => {
  it('maps each packed figure of an earlier version to the current column of the same code, and drops codes it no longer has', () => {
    // Current columns: A, B points (0, 1); A, B shares (2, 3); A1, A2, B3 shares (4, 5, 6).
    expect([...packedColumns(current, earlier)]).toEqual([0, 1, 2, 3, 6, -1, 5, 4]);
  });

  it('leaves a row unset when its bytes do not fit the version it was scored with', () => {
    const table = emptyFiguresTable(current, 1);
    const scalars = { provisional: false, total: 1, coefficient: 1, levelCode: 'low' };
    expect(setPackedRow(current, table, 0, scalars, packedColumns(current, current), new DataView(new ArrayBuffer(16)))).toBe(false);
    expect(table.levelCode[0]).toBe('');
  });

  it('gives the same dashboard from packed scores of two versions as from the scores themselves', () => {
    const versions = scores.map((_, i) => (i % 2 ? earlier : current));
    const table: DashboardTable = {
      ...emptyFiguresTable(current, scores.length),
      vsicDivision: scores.map(() => '10'),
      provinceCode: scores.map((_, i) => (i < 5 ? '40' : null)),
      campaignIds: scores.map(() => []),
    };
    scores.forEach((s, row) =>
      setPackedRow(
        current,
        table,
        row,
        { provisional: s.provisional, total: s.total, coefficient: s.coefficient, levelCode: s.level.code },
        packedColumns(current, versions[row]),
        pack(versions[row], s),
      ),
    );
    const records = scores.map((score, i) => ({ vsicDivision: '10', provinceCode: i < 5 ? '40' : null, campaignIds: [], score }));
    const fromPacked = dashboardOfTable(current, table);
    expect(fromPacked).toEqual(assessmentDashboard(current, records));
    expect(fromPacked.overall.status === 'ok' && fromPacked.overall.criteria.map((c) => c.n)).toEqual([6, 6, 6]);
    expect(fromPacked.byProvince).toEqual([expect.objectContaining({ key: '40', n: 5 })]);
  });
});
