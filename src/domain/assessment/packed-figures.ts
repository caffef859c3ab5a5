import { figuresWidth, type FiguresTable } from './figures-table.js';
import type { Methodology } from './methodology-types.js';

/** The scalar figures of a score kept beside its packed shares. */
export type ScalarFigures = { provisional: boolean; total: number; coefficient: number; levelCode: string };

/**
 * Sets a table row from a packed score: big-endian float64s in the scoring version's order (each group's points,
 * each group's share, each criterion's share, NaN for none), each written to its column in the table
 * (`packedColumns` of the table's methodology and the scoring version). False, leaving the row unset, when the
 * bytes do not fit the version.
 */
export function setPackedRow(m: Methodology, table: FiguresTable, row: number, scalars: ScalarFigures, columns: Int32Array, packed: DataView): boolean {
  if (packed.byteLength !== columns.length * 8) return false;
  table.provisional[row] = scalars.provisional;
  table.total[row] = scalars.total;
  table.coefficient[row] = scalars.coefficient;
  table.levelCode[row] = scalars.levelCode;
  const start = row * figuresWidth(m);
  for (let i = 0; i < columns.length; i++) if (columns[i] >= 0) table.figures[start + columns[i]] = packed.getFloat64(i * 8, false);
  return true;
}
