import { and, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { widerWindow } from '../../../domain/catalogue/recent-window.js';
import type { CatalogueType, FacetName } from '../../../shared/catalogue/catalogue.schemas.js';
import { publicationHistogram, recentRecords, type RecentRecords } from './publication-window.repository.js';
import { catalogueTables } from './catalogue.repository.js';

/** What a kind of record tells the search: its facets, in the order of its `facet_key`, and its TRL column if any. */
export type KindSearch = { type: CatalogueType; facets: readonly FacetName[]; trl?: string };

/** The columns the shared search reads from an offers, demands or experts table. */
export type SearchSpec = {
  table: PgTable;
  id: AnyPgColumn;
  searchVector: AnyPgColumn;
  /** The folded title alone (the weight-A part of `searchVector`), with its own index. */
  titleVector: AnyPgColumn;
  publishedAt: AnyPgColumn;
  trl?: AnyPgColumn;
  /** The generated `facet_key` column and the facets it holds, in its order (see facet-key.ts). */
  facets: { key: AnyPgColumn; names: readonly FacetName[] };
};

export function specOf(search: KindSearch): SearchSpec {
  const table = catalogueTables[search.type];
  const trl = search.trl ? (getTableColumns(table) as Record<string, AnyPgColumn>)[search.trl] : undefined;
  return {
    table,
    id: table.id,
    searchVector: table.searchVector,
    titleVector: table.titleVector,
    publishedAt: table.publishedAt,
    trl,
    facets: { key: table.facetKey, names: search.facets },
  };
}

/**
 * Relevance is, in order: every word in the title; the typed words side by side (Vietnamese
 * words are several syllables); ts_rank by field weight; then newest. Cover density or length
 * normalisation would cost as much again over thousands of matches, and what they add is what
 * the first two keys say.
 */
export type TextMatch = {
  where: SQL;
  inTitle: SQL;
  adjacent: SQL;
  score: SQL;
  /** At most what share of the table the words match in the title (queryShareBound; 1 when unknown). */
  titleShare: number;
  /** At most what share of the table the words match anywhere (queryShareBound; 1 when unknown). */
  share: number;
};

/**
 * What a search reads: the rows its filters and its text match (if any) admit. `share`: at most
 * what share of the records its words or filters admit (1 when unknown); none when it lists every
 * record the reader may see.
 */
export type Scan = { filters: SQL | undefined; text: TextMatch | null; share?: number };
export const whereOf = (scan: Scan) => and(scan.filters, scan.text?.where);

/** The matching rows with the named columns, at most `cap` of them. */
export const matchingRows = (spec: SearchSpec, columns: SQL, where: SQL | undefined, cap?: number) =>
  sql`(select ${columns} from ${spec.table} where ${where ?? sql`true`} ${cap ? sql`limit ${cap}` : sql``}) matches`;

/** What a read of a window of the newest records found: how many matches, and what it answers. */
export type WindowRead<T> = { found: number; answer: T };

/**
 * `read` over windows of the newest records, from about `rows` of them, each wider than the last
 * at the density of matches the last showed (widerWindow), until one holds `wanted` matches or is the whole catalogue (`recent` null): the
 * answer of the last. Both indexes a search reads hold the publication week, so a window narrows
 * the index scan itself: a common word costs what its matches in the window cost, not all of them.
 */
export async function throughRecentWindows<T>(
  db: Executor,
  spec: SearchSpec,
  rows: number,
  wanted: number,
  read: (recent: RecentRecords | null) => Promise<WindowRead<T>>,
): Promise<T> {
  const histogram = await publicationHistogram(db, spec.table, spec.publishedAt);
  for (;;) {
    const recent = recentRecords(spec.publishedAt, histogram, rows);
    const { found, answer } = await read(recent);
    if (!recent || found >= wanted) return answer;
    rows = widerWindow(recent.rows, found, wanted);
  }
}
