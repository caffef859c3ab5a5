import { summariseSorted, type SampleSummary } from './distribution.js';
import type { Methodology, Text } from './methodology-types.js';
import type { ScoreFigures } from './sector-statistics.js';

/**
 * Scores in columns, aligned to one methodology version: what aggregates read of thousands of scores without an
 * object per group and criterion of each (a national dashboard reads ten thousand). `figures` holds `figuresWidth`
 * numbers per row in the version's order — each group's points, each group's share, each criterion's share — and
 * NaN for none: an excluded group has neither, a figure of a code the version does not have is left out.
 */
export type FiguresTable = {
  n: number;
  provisional: boolean[];
  total: Float64Array;
  coefficient: Float64Array;
  levelCode: string[];
  /** Names the scores gave their levels, for a level the methodology's bands no longer have. */
  levelNames: Map<string, Text>;
  figures: Float64Array;
};

/** Numbers per row of a table aligned to the methodology. */
export const figuresWidth = (m: Methodology) => 2 * m.groups.length + m.criteria.length;

/** An empty table of n rows, every figure missing until set. */
export function emptyFiguresTable(m: Methodology, n: number): FiguresTable {
  return {
    n,
    provisional: new Array<boolean>(n).fill(false),
    total: new Float64Array(n),
    coefficient: new Float64Array(n),
    levelCode: new Array<string>(n).fill(''),
    levelNames: new Map(),
    figures: new Float64Array(n * figuresWidth(m)).fill(Number.NaN),
  };
}

/**
 * For each figure of a packed score of `version` (groups' points, groups' shares, criteria's shares), its column in
 * a table aligned to `m`, or -1 when `m` has no such group or criterion.
 */
export function packedColumns(m: Methodology, version: Methodology): Int32Array {
  const groupAt = new Map(m.groups.map((g, i) => [g.code, i]));
  const criterionAt = new Map(m.criteria.map((c, i) => [c.code, i]));
  const groups = m.groups.length;
  const column = (at: number | undefined, offset: number) => (at === undefined ? -1 : offset + at);
  return Int32Array.from([
    ...version.groups.map((g) => column(groupAt.get(g.code), 0)),
    ...version.groups.map((g) => column(groupAt.get(g.code), groups)),
    ...version.criteria.map((c) => column(criterionAt.get(c.code), 2 * groups)),
  ]);
}

/** Sets a row's figures from a score, matching groups and criteria by code. */
export function setScoreRow(m: Methodology, table: FiguresTable, row: number, score: ScoreFigures) {
  const width = figuresWidth(m);
  const groups = m.groups.length;
  table.provisional[row] = score.provisional;
  table.total[row] = score.total;
  table.coefficient[row] = score.coefficient;
  table.levelCode[row] = score.level.code;
  if (score.level.name && !table.levelNames.has(score.level.code)) table.levelNames.set(score.level.code, score.level.name);
  const groupAt = new Map(m.groups.map((g, i) => [g.code, i]));
  const criterionAt = new Map(m.criteria.map((c, i) => [c.code, i]));
  for (const g of score.groups) {
    const at = groupAt.get(g.code);
    if (at === undefined || g.excluded) continue;
    table.figures[row * width + at] = g.points;
    if (g.share !== null) table.figures[row * width + groups + at] = g.share;
  }
  for (const c of score.criteria) {
    const at = criterionAt.get(c.code);
    if (at !== undefined && c.share !== null) table.figures[row * width + 2 * groups + at] = c.share;
  }
}

/** The scores as a table aligned to the methodology. */
export function tableOfScores(m: Methodology, scores: ScoreFigures[]): FiguresTable {
  const table = emptyFiguresTable(m, scores.length);
  scores.forEach((score, row) => setScoreRow(m, table, row, score));
  return table;
}

/** Every row of a table, as the rows argument of the summaries. */
export const allRows = (table: FiguresTable) => Int32Array.from({ length: table.n }, (_, i) => i);

/** The summary of the given rows of one column (stride numbers per row, the column at offset), missing values left out; null when none has one. */
export function columnSummary(values: Float64Array, rows: Int32Array, stride = 1, offset = 0): SampleSummary | null {
  const picked = new Float64Array(rows.length);
  let k = 0;
  for (const row of rows) {
    const value = values[row * stride + offset];
    if (!Number.isNaN(value)) picked[k++] = value;
  }
  return k ? summariseSorted(picked.subarray(0, k).sort()) : null;
}

/** The summary of the given rows of one column, every value counted; at least one row. */
export function rowsSummary(values: Float64Array, rows: Int32Array): SampleSummary {
  return summariseSorted(Float64Array.from(rows, (row) => values[row]).sort());
}

/** The level codes of the given rows with their counts, in the order they first appear. */
export function levelCounts(table: FiguresTable, rows: Int32Array) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(table.levelCode[row], (counts.get(table.levelCode[row]) ?? 0) + 1);
  return [...counts.entries()].map(([code, count]) => ({ code, count }));
}
