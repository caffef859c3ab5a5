import { and, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demands, offers, organisations } from '../../../db/schema/index.js';
import { setsQuery, type ProbeWord, type WordCounts } from '../../../domain/duplicates/probe-words.js';

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

const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);

/** The folded words of each text as the search documents hold them (tb_fold, 'simple' configuration), in text order; in one round trip. */
export async function foldedWords(db: Executor, texts: string[]): Promise<string[][]> {
  const result = await db.execute<{ words: string[] }>(
    sql`select array(select u.lexeme from unnest(to_tsvector('simple'::regconfig, tb_fold(t.text))) u, unnest(u.positions) p order by p) as words
        from unnest(array[${sql.join(
          texts.map((text) => sql`${text}::text`),
          sql`, `,
        )}]) with ordinality as t(text, n) order by t.n`,
  );
  return rowsOf<{ words: string[] }>(result).map((r) => r.words);
}

/**
 * About how many records' search documents hold each of the commonest words, from the planner's
 * statistics (ANALYZE keeps the most common elements of a tsvector column; migration 0023 has it
 * keep enough of them to tell a word a few dozen records hold from one a thousand hold), and the
 * table's estimated size: what makes a word rare, without counting anything.
 */
export async function wordCounts(db: Executor, type: 'offer' | 'demand'): Promise<WordCounts> {
  const table = type === 'offer' ? 'offers' : 'demands';
  // The planner's element frequencies are shares of the table's rows; times its estimated size, they are row counts.
  const [size] = rowsOf<{ rows: number }>(
    await db.execute(sql`select greatest(c.reltuples, 0)::float8 as rows from pg_class c where c.oid = to_regclass(${table})`),
  );
  const result = await db.execute<{ word: string; rows: number }>(
    sql`select unnest(s.most_common_elems::text::text[]) as word,
               unnest(s.most_common_elem_freqs[1:array_length(s.most_common_elems, 1)]) * greatest(c.reltuples, 0) as rows
        from pg_stats s join pg_class c on c.relname = s.tablename and c.relnamespace = (select oid from pg_namespace where nspname = s.schemaname)
        where s.schemaname = current_schema() and s.tablename = ${table} and s.attname = 'search_vector'`,
  );
  return {
    rows: Number(size?.rows ?? 0),
    held: new Map(rowsOf<{ word: string; rows: number }>(result).map((r) => [r.word, Number(r.rows)])),
  };
}

/**
 * Live records holding every word of one of `sets` (see fetchSets: found through the search
 * documents' GIN index), ranked by the weights of the `words` they hold, so that the record sharing
 * the most telling words comes first; at most `limit`, with what duplicate detection reads.
 */
export async function candidatesByWords(db: Executor, type: 'offer' | 'demand', words: ProbeWord[], sets: string[][], limit: number) {
  if (sets.length === 0) return [];
  const table = type === 'offer' ? offers : demands;
  // Each word is a folded lexeme of letters and digits (see probeWords): a tsquery as it is.
  const rank = sql.join(
    words.map(({ word, weight }) => sql`(case when fetched.words @@ ${word}::tsquery then ${weight}::float8 else 0 end)`),
    sql` + `,
  );
  // The document is read once a record (a long one is stored apart, TOAST), not once a word ranked.
  const fetched = db
    .select({ id: table.id, words: sql<string>`${table.searchVector} || ''::tsvector`.as('words') })
    .from(table)
    .where(
      and(
        sql`${table.searchVector} @@ to_tsquery('simple'::regconfig, ${setsQuery(sets)})`,
        type === 'offer' ? liveOffer : liveDemand,
        isNull(table.mergedIntoId),
      ),
    )
    .offset(0)
    .as('fetched');
  const ids = db
    .select({ id: fetched.id })
    .from(fetched)
    .orderBy(sql`${rank} desc`, fetched.id)
    .limit(limit);
  if (type === 'offer')
    return db.select(offerColumns).from(offers).leftJoin(organisations, eq(organisations.id, offers.ownerOrganisationId)).where(inArray(offers.id, ids));
  return db.select(demandColumns).from(demands).where(inArray(demands.id, ids));
}
