import { and, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';
import type { FacetName } from '../../../shared/catalogue/catalogue.schemas.js';

/** The columns the shared search reads from an offers, demands or experts table. */
export type SearchSpec = {
  table: PgTable;
  id: AnyPgColumn;
  searchVector: AnyPgColumn;
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
};

export type FacetCounts = Partial<Record<FacetName, { code: string; count: number }[]>>;
export type SearchPage = { ids: string[]; total: number; facets: FacetCounts; typoTolerant: boolean };

/** Below this, a word is too short for trigrams to say anything useful about typos. */
const MIN_TYPO_QUERY = 4;

type TextMatch = { where: SQL | undefined; rank: SQL | null };

function fullTextMatch(spec: SearchSpec, parsed: ParsedSearch): TextMatch {
  if (!parsed.tsquery) return { where: undefined, rank: null };
  const query = sql`to_tsquery('simple', ${parsed.tsquery})`;
  return { where: sql`${spec.searchVector} @@ ${query}`, rank: sql`ts_rank_cd(${spec.searchVector}, ${query}, 1)` };
}

/** ORDER BY over the columns of the `matches` CTE below. */
function orderOf(spec: SearchSpec, sort: SearchRequest['sort'], ranked: boolean): string {
  const newest = 'published_at desc nulls last, id';
  if (sort === 'trl' && spec.trl) return `trl desc nulls last, ${newest}`;
  if (sort === 'relevance' && ranked) return `rank desc, ${newest}`;
  return newest;
}

type FacetRow = Record<string, unknown> & { count: number };

/** Facet counts from GROUPING SETS rows: set i has only `g{i}` = 0; the empty set (the total) has none. */
function facetsOf(spec: SearchSpec, rows: FacetRow[], arrayRows: { code: string; count: number }[]): { facets: FacetCounts; total: number } {
  const scalar = Object.keys(spec.scalarFacets) as FacetName[];
  const byCount = (a: { code: string; count: number }, b: { code: string; count: number }) => b.count - a.count || a.code.localeCompare(b.code);
  const inSet = (r: FacetRow, i: number) => scalar.every((_, k) => (r[`g${k}`] === 0) === (k === i));
  const facets: FacetCounts = {};
  scalar.forEach((name, i) => {
    facets[name] = rows
      .filter((r) => inSet(r, i) && r[`v${i}`] !== null)
      .map((r) => ({ code: String(r[`v${i}`]), count: Number(r.count) }))
      .sort(byCount);
  });
  if (spec.arrayFacet) facets[spec.arrayFacet.name] = arrayRows.map((r) => ({ code: r.code, count: Number(r.count) })).sort(byCount);
  return { facets, total: Number(rows.find((r) => inSet(r, -1))?.count ?? 0) };
}

/**
 * The page, the total and the facet counts in one statement. Reading the wide catalogue rows is
 * what a search costs, so the matching rows are read once into a CTE holding only the columns
 * needed, then ranked, counted and grouped from there (three queries read every match three times).
 */
async function scanMatches(
  db: Executor,
  spec: SearchSpec,
  where: SQL | undefined,
  rank: SQL | null,
  page: Pick<SearchRequest, 'sort' | 'offset' | 'limit'>,
  cap?: number,
): Promise<SearchPage> {
  const scalar = Object.values(spec.scalarFacets);
  const columns = sql.join(
    [
      sql`${spec.id} as id`,
      sql`${rank ?? sql`0`} as rank`,
      sql`${spec.publishedAt} as published_at`,
      sql`${spec.trl ?? sql`null::int`} as trl`,
      sql`${spec.arrayFacet?.column ?? sql`'{}'::text[]`} as array_facet`,
      ...scalar.map((column, i) => sql`${column}::text as ${sql.raw(`v${i}`)}`),
    ],
    sql`, `,
  );
  const groupings = scalar.map((_, i) => `grouping(v${i})::int as g${i}, v${i}`).join(', ');
  const sets = [...scalar.map((_, i) => `(v${i})`), '()'].join(', ');
  const result = await db.execute(sql`
    with matches as materialized (select ${columns} from ${spec.table} where ${where ?? sql`true`} ${cap ? sql`limit ${cap}` : sql``})
    select
      (select coalesce(json_agg(id), '[]'::json) from (select id from matches order by ${sql.raw(orderOf(spec, page.sort, !!rank))} limit ${page.limit} offset ${page.offset}) p) as ids,
      (select coalesce(json_agg(f), '[]'::json) from (select ${sql.raw(groupings)}, count(*)::int as count from matches group by grouping sets (${sql.raw(sets)})) f) as facets,
      (select coalesce(json_agg(a), '[]'::json) from (select unnest(array_facet) as code, count(*)::int as count from matches group by 1) a) as array_facets`);
  const [row] = (result as unknown as { rows: { ids: string[]; facets: FacetRow[]; array_facets: { code: string; count: number }[] }[] }).rows;
  const { facets, total } = facetsOf(spec, row!.facets, row!.array_facets);
  return { ids: row!.ids, total, facets, typoTolerant: false };
}

/** How many vocabulary words may stand in for one typed word. */
const ALTERNATIVES_PER_WORD = 4;
/** Trigram distance beyond which a word no longer reads as a typo of another ("phe" → "pe" is 0.83). */
const MAX_TYPO_DISTANCE = 0.86;
/** A widened query can match much of the catalogue; a typo search reads at most this many rows (and says so by `typoTolerant`). */
const TYPO_CANDIDATES = 1000;

/**
 * Each query word with the vocabulary words that resemble it (trigram similarity over the small
 * `search_vocabulary` table), as a tsquery such as `(tanh | thanh | tranh) & long`.
 */
async function correctedTsquery(db: Executor, terms: string[]): Promise<string | null> {
  if (terms.length === 0) return null;
  const typed = sql`array[${sql.join(terms.map((t) => sql`${t}`), sql`, `)}]::text[]`;
  const result = await db.execute(sql`
    select q.word, coalesce(array_agg(v.word) filter (where v.word is not null), '{}') as alternatives
    from unnest(${typed}) with ordinality as q(word, n)
    left join lateral (
      select sv.word, sv.word <-> q.word as distance from search_vocabulary sv order by sv.word <-> q.word limit ${ALTERNATIVES_PER_WORD}
    ) v on v.distance <= ${MAX_TYPO_DISTANCE}
    group by q.word, q.n
    order by q.n`);
  const rows = (result as unknown as { rows: { word: string; alternatives: string[] }[] }).rows;
  // Lexemes of the 'simple' parser may hold punctuation (versions, e-mails); to_tsquery must not see it.
  const safe = (word: string) => /^[a-z0-9]+$/.test(word);
  const groups = rows.map((r) => [...new Set([r.word, ...r.alternatives.filter(safe)])].join(' | '));
  return groups.map((g) => `(${g})`).join(' & ');
}

/** Typo tolerance: the query again with each word widened to the vocabulary words it resembles. */
async function typoSearch(db: Executor, spec: SearchSpec, request: SearchRequest): Promise<SearchPage> {
  const tsquery = await correctedTsquery(db, request.parsed.terms);
  if (!tsquery) return { ids: [], total: 0, facets: {}, typoTolerant: true };
  const match = fullTextMatch(spec, { ...request.parsed, tsquery });
  const page = await scanMatches(db, spec, and(...request.filters, match.where), request.sort === 'relevance' ? match.rank : null, request, TYPO_CANDIDATES);
  return { ...page, typoTolerant: true };
}

/**
 * The one search behind the API, the web pages and the benchmark: full-text over the folded
 * document; when that finds nothing, the words are corrected against the vocabulary (typos).
 */
export async function searchCatalogue(db: Executor, spec: SearchSpec, request: SearchRequest): Promise<SearchPage> {
  const match = fullTextMatch(spec, request.parsed);
  // Ranking every match costs; it is only worth it when the page is ordered by relevance.
  const rank = request.sort === 'relevance' ? match.rank : null;
  const exact = await scanMatches(db, spec, and(...request.filters, match.where), rank, request);
  if (exact.total > 0 || request.parsed.folded.length < MIN_TYPO_QUERY) return exact;
  return typoSearch(db, spec, request);
}
