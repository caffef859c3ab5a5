import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { TermFrequencies } from '../../../domain/matching/corpus.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { statisticsMemo } from '../../database-memo.js';

/** A table of search documents: offers, demands, experts. */
export type SearchedTable = `${CatalogueType}s`;
/** The whole search document, or its title alone. */
type SearchedColumn = 'search_vector' | 'title_vector';

/** The matcher chooses its words by them and the search sizes its first window: both serve with statistics a few minutes old. */
const kept = statisticsMemo<TermFrequencies>(5 * 60_000);

/**
 * How common words are in a table's search documents (or their titles), from PostgreSQL's own
 * statistics (ANALYZE): the row estimate and the most common lexemes' shares; empty when the table
 * has not been analysed (every word then counts as rare). Read again every few minutes.
 */
export function wordStatistics(db: Executor, table: SearchedTable, column: SearchedColumn = 'search_vector'): Promise<TermFrequencies> {
  return kept(db, `${table}.${column}`, async () => {
    const result = await db.execute(sql`
      SELECT (SELECT reltuples FROM pg_class WHERE oid = ${table}::regclass) AS rows,
             s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs
      FROM (SELECT 1) AS one
      LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = ${table} AND s.attname = ${column}`);
    const row = (result as unknown as { rows: Array<{ rows: number | null; elems: string[] | null; freqs: number[] | null }> }).rows[0];
    const frequency = new Map<string, number>();
    const elems = row?.elems ?? [];
    const freqs = row?.freqs ?? [];
    elems.forEach((elem, i) => frequency.set(elem, Number(freqs[i])));
    // After the per-element frequencies PostgreSQL appends the minimum, the maximum and the null share.
    const rareBelow = elems.length ? Number(freqs[elems.length]) : 0;
    return { rows: Math.max(0, Number(row?.rows ?? 0)), frequency, rareBelow };
  });
}
