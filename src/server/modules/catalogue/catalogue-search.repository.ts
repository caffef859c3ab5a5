import { and, getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { spelledWord } from '../../../db/schema/index.js';
import { queryShareBound } from '../../../domain/catalogue/query-share.js';
import { firstWindow, widerWindow } from '../../../domain/catalogue/recent-window.js';
import { estimateFromSample } from '../../../domain/catalogue/sample-estimate.js';
import { isQueryWord, type ParsedSearch } from '../../../domain/catalogue/search-query.js';
import type { TermFrequencies } from '../../../domain/matching/corpus.js';
import type { CatalogueType, FacetName } from '../../../shared/catalogue/catalogue.schemas.js';
import { filterConditions } from './catalogue-filters.repository.js';
import { indexedTsquery } from './prefix-words.repository.js';
import { publicationHistogram, recentWeeks } from './publication-window.repository.js';
import { catalogueTables } from './catalogue.repository.js';
import { FACET_KEY_SEPARATOR, tallyFacets, type FacetCounts } from './facet-key.js';
import type { SearchFilter } from './search-filter.js';
import { wordStatistics } from './word-statistics.repository.js';

/** What a kind of record tells the search: its facets, in the order of its `facet_key`, and its TRL column if any. */
type KindSearch = { type: CatalogueType; facets: readonly FacetName[]; trl?: string };

/** The columns the shared search reads from an offers, demands or experts table. */
type SearchSpec = {
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

function specOf(search: KindSearch): SearchSpec {
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

type SearchRequest = {
  parsed: ParsedSearch;
  /** The statuses the list shows (visibility). */
  statuses: readonly string[];
  filters: readonly SearchFilter[];
  sort: 'relevance' | 'newest' | 'trl';
  offset: number;
  limit: number;
};

/** `estimated`: the total and facet counts are approximate (more than EXACT_COUNT_LIMIT matches). */
export type SearchPage = { ids: string[]; total: number; facets: FacetCounts; estimated: boolean; typoTolerant: boolean };

/** Below this, a word is too short for trigrams to say anything useful about typos. */
const MIN_TYPO_QUERY = 4;

/**
 * Relevance is, in order: every word in the title; the typed words side by side (Vietnamese
 * words are several syllables); ts_rank by field weight; then newest. Cover density or length
 * normalisation would cost as much again over thousands of matches, and what they add is what
 * the first two keys say.
 */
type TextMatch = {
  where: SQL;
  inTitle: SQL;
  adjacent: SQL;
  score: SQL;
  /** At most what share of the table the words match in the title (queryShareBound; 1 when unknown). */
  titleShare: number;
};

/**
 * `indexed`: the same query for the indexes, prefixes named as the words they stand for
 * (prefix-words.repository.ts); `titleWords`, the statistics of the table's titles, to bound its title matches.
 */
function fullTextMatch(spec: SearchSpec, parsed: ParsedSearch, indexed = parsed.tsquery, titleWords?: TermFrequencies): TextMatch | null {
  if (!parsed.tsquery || !indexed) return null;
  const query = sql`to_tsquery('simple', ${parsed.tsquery})`;
  const matched = sql`to_tsquery('simple', ${indexed})`;
  return {
    where: sql`${spec.searchVector} @@ ${matched}`,
    inTitle: sql`${spec.titleVector} @@ ${matched}`,
    adjacent: parsed.adjacent ? sql`${spec.searchVector} @@ to_tsquery('simple', ${parsed.adjacent})` : sql`false`,
    score: sql`ts_rank(${spec.searchVector}, ${query})`,
    titleShare: titleWords ? queryShareBound(indexed, titleWords) : 1,
  };
}

/** What a search reads: the rows its filters and its text match (if any) admit, at most `cap` of them. */
type Scan = { filters: SQL | undefined; text: TextMatch | null; cap?: number };
const whereOf = (scan: Scan) => and(scan.filters, scan.text?.where);
type PageRequest = Pick<SearchRequest, 'sort' | 'offset' | 'limit'>;

const NEWEST = 'published_at desc nulls last, id';

/** The matching rows with the named columns, at most `cap` of them: the same rows for the page and for the counts. */
const matchingRows = (spec: SearchSpec, columns: SQL, where: SQL | undefined, cap?: number) =>
  sql`(select ${columns} from ${spec.table} where ${where ?? sql`true`} ${cap ? sql`limit ${cap}` : sql``}) matches`;

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
  const histogram = await publicationHistogram(db, spec.table, spec.publishedAt);
  let rows = firstWindow(FIRST_WINDOW, RANKED_MATCHES, text.titleShare);
  for (;;) {
    const recent = recentWeeks(spec.publishedAt, histogram, rows);
    const { ids, ranked } = await selectRankedIds(db, newestMatches(spec, columns, and(where, recent ?? undefined)), order, page);
    if (!recent || ranked >= RANKED_MATCHES) return ids;
    rows = widerWindow(rows, ranked, RANKED_MATCHES);
  }
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
    return selectIds(db, matchingRows(spec, base, whereOf(scan), scan.cap), order, page);
  }
  const keys = sql`${base}, ${text.adjacent} as adjacent, ${text.score} as score`;
  if (!scan.cap) {
    // The title is the first part of the search document, so a title match is a match: asking for
    // both made the planner intersect the title index with the whole document's, a far larger read.
    const titled = await titlePage(db, spec, text, keys, and(scan.filters, text.inTitle), `adjacent desc, score desc, ${NEWEST}`, page);
    if (titled.length === page.limit) return titled;
  }
  const columns = sql`${keys}, ${text.inTitle} as in_title`;
  const all = scan.cap ? matchingRows(spec, columns, whereOf(scan), scan.cap) : newestMatches(spec, columns, whereOf(scan));
  return selectIds(db, all, `in_title desc, adjacent desc, score desc, ${NEWEST}`, page);
}

/**
 * Up to this many matches the total and the facet counts are exact. Beyond it, reading every
 * match would make a listing's cost follow the catalogue's size (each match read is a heap page
 * read once the catalogue outgrows memory), so the total is estimated and the facets are counted
 * over this many matches and scaled to it (`estimated`).
 */
const EXACT_COUNT_LIMIT = 1_000;

type Counts = { total: number; facets: FacetCounts; estimated: boolean };

/** The planner's row estimate for the matches: a statistic, read without touching the rows. */
async function plannedRows(db: Executor, spec: SearchSpec, where: SQL | undefined): Promise<number> {
  const result = await db.execute(sql`explain (format json) select 1 from ${spec.table} where ${where ?? sql`true`}`);
  const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const plan = Object.values(row ?? {})[0];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: { 'Plan Rows': number } }];
  return Math.round(parsed[0].Plan['Plan Rows']);
}

/** The first matches a scan without order found: their facet keys and the table pages they lie on. */
type Sample = { total: number; keys: string | null; pages: number[] | null; tablePages: number };

/**
 * How many rows match beyond the sample. Words: as many as the sample's spread through the table
 * says (`estimateFromSample`). The planner cannot say: it multiplies its words' frequencies as if
 * they were independent, and a Vietnamese word is several syllables that come together ("trí tuệ
 * nhân tạo": 2,235 rows planned for 197,821). Filters alone: the planner, whose statistics know
 * each code, where a sample would reach too short a way into a table whose matches were written
 * together (one import) to say.
 */
async function estimatedTotal(db: Executor, spec: SearchSpec, scan: Scan, sample: Sample): Promise<number> {
  if (scan.text && sample.pages) return estimateFromSample(sample.pages, sample.tablePages);
  return Math.max(await plannedRows(db, spec, whereOf(scan)), sample.total);
}

function scaled(facets: FacetCounts, factor: number): FacetCounts {
  return Object.fromEntries(Object.entries(facets).map(([name, counts]) => [name, counts.map((c) => ({ code: c.code, count: Math.round(c.count * factor) }))]));
}

async function totalAndFacets(db: Executor, spec: SearchSpec, scan: Scan): Promise<Counts> {
  const bounded = !scan.cap;
  const result = await db.execute(sql`
    select count(*)::int as total, string_agg(facet_key, ${FACET_KEY_SEPARATOR}) as keys, array_agg((row_at::text::point)[0]::int) as pages,
      (pg_relation_size(${getTableName(spec.table)}::regclass) / current_setting('block_size')::int)::int as "tablePages"
    from ${matchingRows(spec, sql`${spec.facets.key} as facet_key, ctid as row_at`, whereOf(scan), scan.cap ?? EXACT_COUNT_LIMIT + 1)}`);
  const [sample] = (result as unknown as { rows: Sample[] }).rows;
  const facets = tallyFacets(spec.facets.names, sample!.keys);
  if (!bounded || sample!.total <= EXACT_COUNT_LIMIT) return { total: sample!.total, facets, estimated: false };
  const total = await estimatedTotal(db, spec, scan, sample!);
  return { total, facets: scaled(facets, total / sample!.total), estimated: true };
}

/**
 * The page, the total and the facet counts: two statements that run side by side on
 * PostgreSQL's connections. Grouping by six columns and a list in SQL cost more than the scan
 * itself, so the matches' facet keys come back as one string and are counted here.
 */
async function scanMatches(db: Executor, spec: SearchSpec, scan: Scan, page: PageRequest): Promise<SearchPage> {
  const [ids, counts] = await Promise.all([pageIds(db, spec, scan, page), totalAndFacets(db, spec, scan)]);
  return { ids, ...counts, typoTolerant: false };
}

/** How many vocabulary words may stand in for one typed word. */
const ALTERNATIVES_PER_WORD = 4;
/** Trigram distance beyond which a word no longer reads as a typo of another ("phe" → "pe" is 0.83). */
const MAX_TYPO_DISTANCE = 0.86;
/**
 * How much farther than the nearest other word an alternative may be. A word much nearer than the
 * rest is what was meant: "nghiiep" is 0.33 from "nghiep" and 0.70 from "nghe", and taking "nghe"
 * too made "robot cong nghiiep" match every "công nghệ" (60,000 offers at 1,000,000) before the
 * capped scan kept the first 1,000 of them, not necessarily any "công nghiệp".
 */
const TYPO_DISTANCE_MARGIN = 0.25;
/** A widened query can match much of the catalogue; a typo search reads at most this many rows (and says so by `typoTolerant`). */
const TYPO_CANDIDATES = 1000;

/** Which words a typo search widens: first those the catalogue does not know, then every one. */
type Widen = 'unknown' | 'all';

/**
 * Each query word with the vocabulary words that resemble it (trigram similarity over the small
 * `search_vocabulary` table), as a tsquery such as `(tanh | thanh | tranh) & long`; null when no
 * word has anything to stand in for it.
 */
async function correctedTsquery(db: Executor, terms: string[], widen: Widen): Promise<string | null> {
  if (terms.length === 0) return null;
  const typed = sql`array[${sql.join(
    terms.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[]`;
  const result = await db.execute(sql`
    select q.word, coalesce(json_agg(json_build_object('word', v.word, 'distance', v.distance) order by v.distance) filter (where v.word is not null), '[]') as alternatives
    from unnest(${typed}) with ordinality as q(word, n)
    left join lateral (
      select sv.word, sv.word <-> q.word as distance from search_vocabulary sv
      where ${spelledWord(sql`sv.word`)}
        and (${widen === 'all'} or not exists (select 1 from search_vocabulary known where known.word = q.word))
      order by sv.word <-> q.word limit ${ALTERNATIVES_PER_WORD}
    ) v on v.distance <= ${MAX_TYPO_DISTANCE}
    group by q.word, q.n
    order by q.n`);
  const rows = (result as unknown as { rows: { word: string; alternatives: Alternative[] }[] }).rows;
  const groups = rows.map((r) => [r.word, ...nearestAlternatives(r.word, r.alternatives)]);
  if (groups.every((g) => g.length === 1)) return null;
  return groups.map((g) => `(${g.join(' | ')})`).join(' & ');
}

/** A vocabulary word that resembles a typed one, and its trigram distance from it. */
type Alternative = { word: string; distance: number };

/** The alternatives of a typed word (nearest first) no farther than TYPO_DISTANCE_MARGIN beyond the nearest that is not the word itself. */
function nearestAlternatives(typed: string, alternatives: Alternative[]): string[] {
  const others = alternatives.filter((a) => a.word !== typed && isQueryWord(a.word));
  const nearest = others[0]?.distance ?? 0;
  return others.filter((a) => a.distance <= nearest + TYPO_DISTANCE_MARGIN).map((a) => a.word);
}

/**
 * Typo tolerance: the query again with the words the catalogue does not know widened to the
 * vocabulary words they resemble ("nuoc mamm"); when that finds nothing, with every word widened,
 * since a mistyped Vietnamese syllable is often another real one ("tanh long").
 */
async function typoSearch(db: Executor, spec: SearchSpec, request: SearchRequest, conditions: SQL[]): Promise<SearchPage> {
  for (const widen of ['unknown', 'all'] as const) {
    const tsquery = await correctedTsquery(db, request.parsed.terms, widen);
    if (!tsquery) continue;
    const match = fullTextMatch(spec, { ...request.parsed, tsquery, adjacent: null })!;
    const page = await scanMatches(db, spec, { filters: and(...conditions), text: match, cap: TYPO_CANDIDATES }, request);
    if (page.total > 0 || widen === 'all') return { ...page, typoTolerant: true };
  }
  return { ids: [], total: 0, facets: {}, estimated: false, typoTolerant: true };
}

/**
 * The one search behind the API, the web pages and the benchmark: full-text over the folded
 * document; when that finds nothing, the words are corrected against the vocabulary (typos).
 */
export async function searchCatalogue(db: Executor, search: KindSearch, request: SearchRequest): Promise<SearchPage> {
  const spec = specOf(search);
  const conditions = filterConditions(search.type, request.statuses, request.filters);
  const indexed = request.parsed.tsquery ? await indexedTsquery(db, request.parsed.tsquery) : null;
  const match = indexed ? fullTextMatch(spec, request.parsed, indexed, await wordStatistics(db, `${search.type}s`, 'title_vector')) : null;
  const exact = await scanMatches(db, spec, { filters: and(...conditions), text: match }, request);
  if (exact.total > 0 || request.parsed.folded.length < MIN_TYPO_QUERY) return exact;
  return typoSearch(db, spec, request, conditions);
}
