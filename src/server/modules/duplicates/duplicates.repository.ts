import { and, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demands, offers, organisations } from '../../../db/schema/index.js';

/** Records compared at most, newest change first: enough for a network's catalogue on one screen. */
export const COMPARED_AT_MOST = 20_000;
const iso = (column: typeof offers.updatedAt | typeof demands.updatedAt) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Offers past draft and not archived, with what duplicate detection reads. */
const offerColumns = {
  id: offers.id,
  title: offers.title,
  status: offers.status,
  updatedAt: iso(offers.updatedAt),
  language: offers.language,
  summary: offers.summary,
  description: offers.description,
  keywords: offers.keywords,
  sectorCode: offers.sectorCode,
  fieldCodes: offers.fieldCodes,
  ownerName: sql<string | null>`coalesce(${organisations.nameVi}, ${offers.ownerName})`,
  provinceCode: offers.provinceCode,
  country: offers.country,
  trl: offers.trl,
  priceVnd: offers.priceVnd,
};
const liveOffer = notInArray(offers.status, ['draft', 'archived']);

export async function offersToCompare(db: Executor) {
  return db
    .select(offerColumns)
    .from(offers)
    .leftJoin(organisations, eq(organisations.id, offers.ownerOrganisationId))
    .where(liveOffer)
    .orderBy(desc(offers.updatedAt))
    .limit(COMPARED_AT_MOST);
}

/** Demands past draft and still live, public part only: the confidential details are never compared or shown. */
const demandColumns = {
  id: demands.id,
  title: demands.title,
  status: demands.status,
  updatedAt: iso(demands.updatedAt),
  language: demands.language,
  summary: demands.publicSummary,
  description: sql<string | null>`null`,
  ownerName: sql<string | null>`null`,
  keywords: demands.keywords,
  sectorCode: demands.sectorCode,
  fieldCodes: demands.fieldCodes,
  provinceCode: demands.provinceCode,
  country: demands.country,
  trl: demands.minTrl,
  priceVnd: demands.budgetMaxVnd,
};
const liveDemand = notInArray(demands.status, ['draft', 'closed']);

export async function demandsToCompare(db: Executor) {
  return db.select(demandColumns).from(demands).where(liveDemand).orderBy(desc(demands.updatedAt)).limit(COMPARED_AT_MOST);
}

/** The folded words of a text as the search documents hold them (tb_fold, 'simple' configuration). */
export async function foldedWords(db: Executor, text: string): Promise<string[]> {
  const rows = await db.execute<{ word: string }>(sql`select unnest(tsvector_to_array(to_tsvector('simple'::regconfig, tb_fold(${text})))) as word`);
  return ((rows as { rows?: Array<{ word: string }> }).rows ?? (rows as unknown as Array<{ word: string }>)).map((r) => r.word);
}

/**
 * About how many records' search documents hold each of the commonest words, from the
 * planner's statistics (ANALYZE keeps the most common elements of a tsvector column): what makes a
 * word too common to fetch candidates by, without counting anything.
 */
export async function commonWords(db: Executor, type: 'offer' | 'demand'): Promise<Map<string, number>> {
  const table = type === 'offer' ? 'offers' : 'demands';
  // The planner's element frequencies are shares of the table's rows; times its estimated size, they are row counts.
  const result = await db.execute<{ word: string; rows: number }>(
    sql`select unnest(s.most_common_elems::text::text[]) as word,
               unnest(s.most_common_elem_freqs[1:array_length(s.most_common_elems, 1)]) * greatest(c.reltuples, 0) as rows
        from pg_stats s join pg_class c on c.relname = s.tablename and c.relnamespace = (select oid from pg_namespace where nspname = s.schemaname)
        where s.schemaname = current_schema() and s.tablename = ${table} and s.attname = 'search_vector'`,
  );
  const rows = (result as { rows?: Array<{ word: string; rows: number }> }).rows ?? (result as unknown as Array<{ word: string; rows: number }>);
  return new Map(rows.map((r) => [r.word, Number(r.rows)]));
}

/**
 * The words as a text-search query that a record matches when it holds at least two of them
 * (any pair), or any one when there are only two words or fewer. A re-entered copy shares most of
 * its original's rare words; a record sharing a single one of eight is almost never a copy, yet
 * such records are most of what the OR of the words finds, and each costs its ranking.
 */
export function wordsQuery(words: string[]): string {
  if (words.length <= 2) return words.join(' | ');
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) pairs.push(`(${words[i]} & ${words[j]})`);
  return pairs.join(' | ');
}

/**
 * Live records whose search document holds at least two of `words` (rare ones: found through the
 * GIN index; see wordsQuery), those sharing most of them first; at most `limit`.
 */
export async function candidatesByWords(db: Executor, type: 'offer' | 'demand', words: string[], limit: number) {
  if (words.length === 0) return [];
  const query = sql`to_tsquery('simple'::regconfig, ${wordsQuery(words)})`;
  // Ranked by the words shared, any of them counting.
  const anyWord = sql`to_tsquery('simple'::regconfig, ${words.join(' | ')})`;
  const table = type === 'offer' ? offers : demands;
  const ids = db
    .select({ id: table.id })
    .from(table)
    .where(and(sql`${table.searchVector} @@ ${query}`, type === 'offer' ? liveOffer : liveDemand, isNull(table.mergedIntoId)))
    .orderBy(sql`ts_rank(${table.searchVector}, ${anyWord}) desc`)
    .limit(limit);
  if (type === 'offer')
    return db.select(offerColumns).from(offers).leftJoin(organisations, eq(organisations.id, offers.ownerOrganisationId)).where(inArray(offers.id, ids));
  return db.select(demandColumns).from(demands).where(inArray(demands.id, ids));
}
