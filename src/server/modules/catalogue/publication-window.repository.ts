import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { publicationWeek } from '../../../db/schema/catalogue.js';
import { recentWindow, type DateHistogram } from '../../../domain/catalogue/recent-window.js';
import { statisticsMemo } from '../../database-memo.js';

/** A window's size only follows the histogram, so one a few minutes old serves (windowEnd). */
const histograms = statisticsMemo<DateHistogram | null>(5 * 60_000);

/**
 * A table's publication dates as ANALYZE's histogram sees them (null before the first ANALYZE).
 * A bucket holds the rows that are neither without a date nor among the most common dates.
 */
export function publicationHistogram(db: Executor, table: PgTable, publishedAt: AnyPgColumn): Promise<DateHistogram | null> {
  const name = getTableName(table);
  return histograms(db, `${name}.${publishedAt.name}`, async () => {
    const result = await db.execute(sql`
      select array(select extract(epoch from b.at)::float8 from unnest(s.histogram_bounds::text::timestamptz[]) with ordinality b(at, n) order by b.n) as bounds,
        ((1 - s.null_frac - coalesce((select sum(f) from unnest(s.most_common_freqs) f), 0)) * c.reltuples)::float8 as "datedRows",
        c.reltuples::float8 as "gatheredRows", c.relpages as "gatheredPages"
      from pg_stats s join pg_class c on c.oid = ${name}::regclass
      where s.schemaname = current_schema() and s.tablename = ${name} and s.attname = ${publishedAt.name} and s.histogram_bounds is not null`);
    return (result as unknown as { rows: DateHistogram[] }).rows[0] ?? null;
  });
}

/**
 * About so many of the newest records, as a condition the search and title indexes answer (they
 * hold the week), when they start, how many they are (WeekWindow), and the histogram they were
 * drawn from.
 */
export type RecentRecords = { where: SQL; since: number; rows: number; histogram: DateHistogram };

/**
 * The records published in about `rows` of the newest records' weeks, and since (recentWindow);
 * null for the whole catalogue.
 */
export function recentRecords(publishedAt: AnyPgColumn, histogram: DateHistogram | null, rows: number): RecentRecords | null {
  const window = recentWindow(histogram, rows, Date.now() / 1000);
  if (!window || !histogram) return null;
  return { where: sql`${publicationWeek(publishedAt)} && ${`{${window.weeks.join(',')}}`}::int[]`, since: window.since, rows: window.rows, histogram };
}
