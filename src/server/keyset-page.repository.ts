import { and, asc, desc, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { FieldError } from './errors.js';

/**
 * Keyset pages for every list: rows are ordered by a few columns that end in a unique one (the id),
 * and the next page starts strictly after the last row of this one, so rows added or removed between
 * two requests never make a page repeat or skip a row the way offsets do. The cursor is the last
 * row's sort values as PostgreSQL wrote them (full timestamp precision), opaque to clients; the
 * total is a separate `count(*)` over the same filter, so it is the real size of the list, never a cap.
 */
export type KeyKind = 'text' | 'uuid' | 'date' | 'timestamp' | 'integer';
export type SortKey = { column: AnyColumn | SQL; kind: KeyKind; direction: 'asc' | 'desc' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A calendar day that exists (PostgreSQL refuses 2026-02-30 with an error, not a 400). */
function realDay(text: string) {
  const [y, m, d] = text.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2})?)$/;
const valid: Record<KeyKind, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && v.length <= 300,
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  date: (v) => typeof v === 'string' && DAY.test(v) && realDay(v),
  timestamp: (v) => typeof v === 'string' && INSTANT.test(v) && realDay(v.slice(0, 10)),
  integer: (v) => Number.isSafeInteger(v),
};

const invalidCursor = () => new FieldError([{ path: 'cursor', key: 'invalid_cursor' }]);

/** A cursor's sort values, checked against the kinds of the keys; 400 on `cursor` for anything this server did not make. */
export function cursorValues(cursor: string, kinds: KeyKind[]): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(values) || values.length !== kinds.length || !kinds.every((kind, i) => valid[kind](values[i]))) throw invalidCursor();
  return values;
}

/** A cursor for a row's sort values (what `cursorKey` and `toPage` make in SQL). */
export const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** One list's order: `orderBy` for the query, `cursorKey` to select with the rows, `after(cursor)` for the where. */
export function keyset(keys: SortKey[]) {
  const cast = (key: SortKey, value: unknown) =>
    key.kind === 'timestamp'
      ? sql`${value}::timestamptz`
      : key.kind === 'date'
        ? sql`${value}::date`
        : key.kind === 'uuid'
          ? sql`${value}::uuid`
          : sql`${value}`;
  return {
    orderBy: keys.map((key) => (key.direction === 'asc' ? asc(key.column) : desc(key.column))),
    /** The row's sort values as a JSON array, selected as `cursorKey` and turned into the next cursor by `toPage`. */
    cursorKey: sql<string>`json_build_array(${sql.join(
      keys.map((key) => key.column),
      sql`, `,
    )})::text`,
    /** The condition "after this cursor" (undefined without one); 400 on `cursor` for anything this server did not make. */
    after(cursor: string | undefined): SQL | undefined {
      if (!cursor) return undefined;
      const values = cursorValues(
        cursor,
        keys.map((key) => key.kind),
      );
      const branches = keys.map((key, i) =>
        and(
          ...keys.slice(0, i).map((earlier, j) => sql`${earlier.column} = ${cast(earlier, values[j])}`),
          key.direction === 'asc' ? sql`${key.column} > ${cast(key, values[i])}` : sql`${key.column} < ${cast(key, values[i])}`,
        ),
      );
      return or(...branches);
    },
  };
}

/** Rows fetched with `limit + 1` (and their `cursorKey`) as one page: at most `limit` rows and the next cursor. */
export function toPage<R extends { cursorKey: string }>(rows: R[], limit: number): { rows: Omit<R, 'cursorKey'>[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? Buffer.from(last.cursorKey).toString('base64url') : null;
  return { rows: page.map(({ cursorKey: _, ...row }) => row), nextCursor };
}

/** `count(*)` as a number, for the total of a list. */
export const countAll = sql<number>`count(*)::int`;
