import { and, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { queryShareBound } from '../../../domain/catalogue/query-share.js';
import { firstWindow } from '../../../domain/catalogue/recent-window.js';
import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';
import type { TermFrequencies } from '../../../domain/matching/corpus.js';
import { filterConditions } from './catalogue-filters.repository.js';
import type { FacetCounts } from './facet-key.js';
import { indexedTsquery } from './prefix-words.repository.js';
import { totalAndFacets } from './search-counts.repository.js';
import type { SearchFilter } from './search-filter.js';
import { matchingRows, specOf, throughRecentWindows, whereOf, type KindSearch, type Scan, type SearchSpec, type TextMatch } from './search-scan.repository.js';
import { correctedQuery, type Correction } from './typo-words.repository.js';
import { wordStatistics } from './word-statistics.repository.js';

type SearchRequest = {
  parsed: ParsedSearch;
  /** The statuses the list shows (visibility). */
  statuses: readonly string[];
  filters: readonly SearchFilter[];
  sort: 'relevance' | 'newest' | 'trl';
  offset: number;
  limit: number;
};

/**
 * `estimated`: the total and facet counts are approximate (see search-counts.repository.ts);
 * `corrections`: the words a typo search searched for besides those typed (null when the words as typed found matches).
 */
export type SearchPage = { ids: string[]; total: number; facets: FacetCounts; estimated: boolean; corrections: Correction[] | null };

/** Below this, a word is too short for trigrams to say anything useful about typos. */
const MIN_TYPO_QUERY = 4;

/** How common words are in a table's titles and in its whole search documents (wordStatistics). */
type WordShares = { titles: TermFrequencies; documents: TermFrequencies };

/**
 * `indexed`: the same query for the indexes, prefixes named as the words they stand for
 * (prefix-words.repository.ts); `words`, the table's word statistics, to bound its matches.
 */
function fullTextMatch(spec: SearchSpec, parsed: ParsedSearch, indexed = parsed.tsquery, words?: WordShares): TextMatch | null {
  if (!parsed.tsquery || !indexed) return null;
  const query = sql`to_tsquery('simple', ${parsed.tsquery})`;
  const matched = sql`to_tsquery('simple', ${indexed})`;
  return {
    where: sql`${spec.searchVector} @@ ${matched}`,
    inTitle: sql`${spec.titleVector} @@ ${matched}`,
    adjacent: parsed.adjacent ? sql`${spec.searchVector} @@ to_tsquery('simple', ${parsed.adjacent})` : sql`false`,
    score: sql`ts_rank(${spec.searchVector}, ${query})`,
    titleShare: words ? queryShareBound(indexed, words.titles) : 1,
    share: words ? queryShareBound(indexed, words.documents) : 1,
  };
}

type PageRequest = Pick<SearchRequest, 'sort' | 'offset' | 'limit'>;

const NEWEST = 'published_at desc nulls last, id';

/**
 * A ranked page reads at most this many matches, the newest when there are more: a common word in
 * a large catalogue then costs no more to rank than a rare one.
 */
const RANKED_MATCHES = 1_000;

/** The most recently published records a title search reads first, at least about this many (see titlePage). */
const FIRST_WINDOW = RANKED_MATCHES * 20;

const newestMatches = (spec: SearchSpec, columns: SQL, where: SQL | undefined) =>
  sql`(select ${columns} from ${spec.table} where ${where ?? sql`true`} order by ${spec.publishedAt} desc nulls last, ${spec.id} limit ${RANKED_MATCHES}) matches`;

async function selectIds(db: Executor, from: SQL, order: string, page: PageRequest): Promise<string[]> {
  const result = await db.execute(sql`select id from ${from} order by ${sql.raw(order)} limit ${page.limit} offset ${page.offset}`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

/** The page's ids and how many matches were ranked (none known when the page is empty). */
async function selectRankedIds(db: Executor, from: SQL, order: string, page: PageRequest): Promise<{ ids: string[]; ranked: number }> {
  const result = await db.execute(
    sql`select id, count(*) over ()::int as ranked from ${from} order by ${sql.raw(order)} limit ${page.limit} offset ${page.offset}`,
  );
  const rows = (result as unknown as { rows: { id: string; ranked: number }[] }).rows;
  return { ids: rows.map((r) => r.id), ranked: rows[0]?.ranked ?? 0 };
}

/**
 * The page among the newest title matches. Finding the newest of many matches meant reading every
 * one of them to sort them by date (tens of thousands of rows for a common phrase at 1,000,000
 * offers), so they are looked for among the most recently published records first, in a window
 * widened until it holds RANKED_MATCHES of them or is the whole catalogue: the same matches as
 * without a window, read from as much of the catalogue as they need. The first window is as large
 * as the words' statistics say it must be to hold them (a window too small for any is a read for
 * nothing: at 100,000 offers, nine searches in ten of bench/search's). The title index holds the
 * publication week and the filter tokens, so the window and the filters narrow the index scan
 * itself (`titleIndex` in the schema).
 */
async function titlePage(
  db: Executor,
  spec: SearchSpec,
  text: TextMatch,
  columns: SQL,
  where: SQL | undefined,
  order: string,
  page: PageRequest,
): Promise<string[]> {
  return throughRecentWindows(db, spec, firstWindow(FIRST_WINDOW, RANKED_MATCHES, text.titleShare), RANKED_MATCHES, async (recent) => {
    const { ids, ranked } = await selectRankedIds(db, newestMatches(spec, columns, and(where, recent?.where)), order, page);
    return { found: ranked, answer: ids };
  });
}

/**
 * The ids of the page. Ranking every match is the dearest part of a search, and records with
 * every word in the title come first, so a page is first looked for among those alone (a small
 * set, with its own index); only when they run out are all matches ranked (at most
 * RANKED_MATCHES of them, as the title's).
 */
async function pageIds(db: Executor, spec: SearchSpec, scan: Scan, page: PageRequest): Promise<string[]> {
  const base = sql`${spec.id} as id, ${spec.publishedAt} as published_at, ${spec.trl ?? sql`null::int`} as trl`;
  const text = page.sort === 'relevance' ? scan.text : null;
  if (!text) {
    const order = page.sort === 'trl' && spec.trl ? `trl desc nulls last, ${NEWEST}` : NEWEST;
    return selectIds(db, matchingRows(spec, base, whereOf(scan)), order, page);
  }
  const keys = sql`${base}, ${text.adjacent} as adjacent, ${text.score} as score`;
  // The title is the first part of the search document, so a title match is a match: asking for
  // both made the planner intersect the title index with the whole document's, a far larger read.
  const titled = await titlePage(db, spec, text, keys, and(scan.filters, text.inTitle), `adjacent desc, score desc, ${NEWEST}`, page);
  if (titled.length === page.limit) return titled;
  const all = newestMatches(spec, sql`${keys}, ${text.inTitle} as in_title`, whereOf(scan));
  return selectIds(db, all, `in_title desc, adjacent desc, score desc, ${NEWEST}`, page);
}

/**
 * The page, the total and the facet counts: two statements that run side by side on
 * PostgreSQL's connections. Grouping by six columns and a list in SQL cost more than the scan
 * itself, so the matches' facet keys come back as one string and are counted here.
 */
async function scanMatches(db: Executor, spec: SearchSpec, scan: Scan, page: PageRequest): Promise<SearchPage> {
  const [ids, counts] = await Promise.all([pageIds(db, spec, scan, page), totalAndFacets(db, spec, scan)]);
  return { ids, ...counts, corrections: null };
}

/**
 * Typo tolerance: the query again with the words the catalogue does not know widened to the
 * vocabulary words they resemble ("nuoc mamm"); when that finds nothing, with every word widened,
 * since a mistyped Vietnamese syllable is often another real one ("tanh long"). Each reading of
 * the query is corrected on its own (typo-words.repository.ts). A widened query can match a large
 * share of the catalogue; it is ranked and counted as any search is, at a cost bounded the same way.
 */
async function typoSearch(db: Executor, spec: SearchSpec, request: SearchRequest, conditions: SQL[], words?: WordShares): Promise<SearchPage> {
  for (const widen of ['unknown', 'all'] as const) {
    const corrected = await correctedQuery(db, request.parsed.readings, widen);
    if (!corrected) continue;
    const match = fullTextMatch(spec, { ...request.parsed, tsquery: corrected.tsquery, adjacent: null }, corrected.tsquery, words)!;
    const page = await scanMatches(db, spec, { filters: and(...conditions), text: match, share: match.share }, request);
    if (page.total > 0 || widen === 'all') return { ...page, corrections: corrected.corrections };
  }
  return { ids: [], total: 0, facets: {}, estimated: false, corrections: null };
}

/**
 * The one search behind the API, the web pages and the benchmark: full-text over the folded
 * document; when that finds nothing, the words are corrected against the vocabulary (typos).
 */
export async function searchCatalogue(db: Executor, search: KindSearch, request: SearchRequest): Promise<SearchPage> {
  const spec = specOf(search);
  const conditions = filterConditions(search.type, request.statuses, request.filters);
  const indexed = request.parsed.tsquery ? await indexedTsquery(db, request.parsed.tsquery) : null;
  const table = `${search.type}s` as const;
  const words = indexed ? { titles: await wordStatistics(db, table, 'title_vector'), documents: await wordStatistics(db, table) } : undefined;
  const match = indexed ? fullTextMatch(spec, request.parsed, indexed, words) : null;
  // Beyond the visibility condition, filters narrow the records too (of a share unknown here).
  const share = match?.share ?? (conditions.length > 1 ? 1 : undefined);
  const exact = await scanMatches(db, spec, { filters: and(...conditions), text: match, share }, request);
  if (exact.total > 0 || request.parsed.folded.length < MIN_TYPO_QUERY) return exact;
  return typoSearch(db, spec, request, conditions, words);
}
