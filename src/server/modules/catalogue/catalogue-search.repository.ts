import { and, asc, desc, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';
import type { FacetName } from '../../../shared/catalogue/catalogue.schemas.js';

/** The columns the shared search reads from an offers, demands or experts table. */
export type SearchSpec = {
  table: PgTable;
  id: AnyPgColumn;
  searchVector: AnyPgColumn;
  searchText: AnyPgColumn;
  publishedAt: AnyPgColumn;
  trl?: AnyPgColumn;
  /** Facet columns; `arrayFacet` holds several codes a row (S&T fields). */
  scalarFacets: Partial<Record<FacetName, AnyPgColumn>>;
  arrayFacet?: { name: FacetName; column: AnyPgColumn };
};

export type SearchRequest = {
  parsed: ParsedSearch;
  /** Visibility and filters, already built by the module. */
  filters: SQL[];
  sort: 'relevance' | 'newest' | 'trl';
  offset: number;
  limit: number;
  withFacets: boolean;
};

export type FacetCounts = Partial<Record<FacetName, { code: string; count: number }[]>>;
export type SearchPage = { ids: string[]; total: number; facets: FacetCounts; typoTolerant: boolean };

/** Below this, a word is too short for trigrams to say anything useful about typos. */
const MIN_TYPO_QUERY = 4;

type TextMatch = { where: SQL | undefined; rank: SQL | null };

/** Typo matching stops after this many candidates: similarity has no index order, so it is paid per row. */
const TYPO_CANDIDATES = 1000;

function fullTextMatch(spec: SearchSpec, parsed: ParsedSearch): TextMatch {
  if (!parsed.tsquery) return { where: undefined, rank: null };
  const query = sql`to_tsquery('simple', ${parsed.tsquery})`;
  return { where: sql`${spec.searchVector} @@ ${query}`, rank: sql`ts_rank_cd(${spec.searchVector}, ${query}, 1)` };
}

function orderOf(spec: SearchSpec, sort: SearchRequest['sort'], rank: SQL | null): SQL[] {
  const newest = [sql`${spec.publishedAt} desc nulls last`, asc(spec.id)];
  if (sort === 'trl' && spec.trl) return [sql`${spec.trl} desc nulls last`, ...newest];
  if (sort === 'relevance' && rank) return [desc(rank), ...newest];
  return newest;
}

async function pageOf(db: Executor, spec: SearchSpec, request: SearchRequest, where: SQL | undefined, rank: SQL | null) {
  const rows = await db
    .select({ id: sql<string>`${spec.id}` })
    .from(spec.table)
    .where(where)
    .orderBy(...orderOf(spec, request.sort, rank))
    .limit(request.limit)
    .offset(request.offset);
  return rows.map((r) => r.id);
}

async function countOf(db: Executor, spec: SearchSpec, where: SQL | undefined) {
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(spec.table).where(where);
  return counted!.total;
}

/** Facet counts and the total in one scan: GROUPING SETS, with an empty set for the total. */
async function facetsAndTotal(db: Executor, spec: SearchSpec, where: SQL | undefined): Promise<{ facets: FacetCounts; total: number }> {
  const scalar = Object.entries(spec.scalarFacets) as [FacetName, AnyPgColumn][];
  const fields = Object.fromEntries(
    scalar.flatMap(([, column], i) => [
      [`g${i}`, sql<number>`grouping(${column})::int`],
      [`v${i}`, sql<string | null>`${column}::text`],
    ]),
  ) as Record<string, SQL<unknown>>;
  const sets = sql.join([...scalar.map(([, column]) => sql`(${column})`), sql`()`], sql`, `);
  const [rows, arrayRows] = await Promise.all([
    db.select({ ...fields, count: sql<number>`count(*)::int` }).from(spec.table).where(where).groupBy(sql`grouping sets (${sets})`),
    spec.arrayFacet
      ? db
          .select({ code: sql<string>`unnest(${spec.arrayFacet.column})`.as('code'), count: sql<number>`count(*)::int` })
          .from(spec.table)
          .where(where)
          .groupBy(sql`1`)
      : Promise.resolve([]),
  ]);
  const byCount = (a: { code: string; count: number }, b: { code: string; count: number }) => b.count - a.count || a.code.localeCompare(b.code);
  const records = rows as Record<string, unknown>[];
  const inSet = (r: Record<string, unknown>, i: number) => scalar.every((_, k) => (r[`g${k}`] === 0) === (k === i));
  const facets: FacetCounts = {};
  scalar.forEach(([name], i) => {
    facets[name] = records
      .filter((r) => inSet(r, i) && r[`v${i}`] !== null)
      .map((r) => ({ code: String(r[`v${i}`]), count: Number(r.count) }))
      .sort(byCount);
  });
  if (spec.arrayFacet) facets[spec.arrayFacet.name] = arrayRows.map((r) => ({ code: r.code, count: r.count })).sort(byCount);
  const totalRow = records.find((r) => inSet(r, -1));
  return { facets, total: totalRow ? Number(totalRow.count) : 0 };
}

async function fullTextSearch(db: Executor, spec: SearchSpec, request: SearchRequest): Promise<SearchPage> {
  const match = fullTextMatch(spec, request.parsed);
  const where = and(...request.filters, match.where);
  // Independent queries: on a pool they run side by side.
  const [ids, counted] = await Promise.all([
    pageOf(db, spec, request, where, match.rank),
    request.withFacets ? facetsAndTotal(db, spec, where) : countOf(db, spec, where).then((total) => ({ total, facets: {} })),
  ]);
  return { ids, total: counted.total, facets: counted.facets, typoTolerant: false };
}

/**
 * Typo tolerance: trigram word similarity between the query and the folded title, summary and
 * keywords, over at most TYPO_CANDIDATES rows the trigram index proposes (so the total is capped).
 */
async function typoSearch(db: Executor, spec: SearchSpec, request: SearchRequest): Promise<SearchPage> {
  const folded = request.parsed.folded;
  const candidates = await db
    .select({ id: sql<string>`${spec.id}`, similarity: sql<number>`word_similarity(${folded}, ${spec.searchText})` })
    .from(spec.table)
    .where(and(...request.filters, sql`${folded} <% ${spec.searchText}`))
    .limit(TYPO_CANDIDATES);
  if (candidates.length === 0) return { ids: [], total: 0, facets: {}, typoTolerant: true };
  const ranked = candidates.sort((x, y) => y.similarity - x.similarity || x.id.localeCompare(y.id)).map((c) => c.id);
  const facets = request.withFacets ? (await facetsAndTotal(db, spec, inArray(spec.id, ranked))).facets : {};
  return { ids: ranked.slice(request.offset, request.offset + request.limit), total: ranked.length, facets, typoTolerant: true };
}

/**
 * The one search behind the API, the web pages and the benchmark: full-text over the folded
 * document with prefix matching; when that finds nothing, trigram similarity catches typos.
 */
export async function searchCatalogue(db: Executor, spec: SearchSpec, request: SearchRequest): Promise<SearchPage> {
  const exact = await fullTextSearch(db, spec, request);
  if (exact.total > 0 || request.parsed.folded.length < MIN_TYPO_QUERY) return exact;
  return typoSearch(db, spec, request);
}
