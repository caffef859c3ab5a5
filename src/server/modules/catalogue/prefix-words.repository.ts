import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { isQueryWord } from '../../../domain/catalogue/search-query.js';

/** A prefix stands for at most this many catalogue words in an index condition; beyond, it stays a prefix. */
const PREFIX_WORDS = 64;

/** The last word typed, matched as a prefix (`co:*`; see search-query.ts). Its letters are folded ones. */
const PREFIX = /([a-z0-9]+):\*/g;

/**
 * The vocabulary words a prefix stands for, one more than PREFIX_WORDS at most, as `(prefix, words)`.
 * One LIKE per prefix with the pattern as a value, in byte order, so that the prefix index gives
 * both the range and the order (see the index in the catalogue schema).
 */
export const prefixWords = (prefix: string) =>
  sql`select ${prefix}::text as prefix, array(select word from search_vocabulary where word collate "C" like ${`${prefix}%`} order by word collate "C" limit ${PREFIX_WORDS + 1}) as words`;

/**
 * The tsquery for the indexes, each prefix (`co:*`) replaced by the catalogue words it stands for
 * (`(co | cong | composite | …)`, from `search_vocabulary`, which keeps every word of every search
 * document): the same records, read far more cheaply. GIN answers a prefix by gathering every
 * record of every word it covers before it looks at the query's other words, while named words let
 * it skip to the records that have all of them: at 1,000,000 offers "gạo hữu cơ" counted its
 * first 1,001 matches in 113 ms with `co:*`, 25 ms with the words. The vocabulary keeps words of
 * 2 to 40 letters; the prefix itself stands for a one-letter word. A prefix covering more than
 * PREFIX_WORDS words stays as typed.
 */
export async function indexedTsquery(db: Executor, tsquery: string): Promise<string> {
  const prefixes = [...new Set(Array.from(tsquery.matchAll(PREFIX), (m) => m[1]!))];
  if (prefixes.length === 0) return tsquery;
  const result = await db.execute(sql.join(prefixes.map(prefixWords), sql` union all `));
  const covered = new Map((result as unknown as { rows: { prefix: string; words: string[] }[] }).rows.map((r) => [r.prefix, r.words]));
  return tsquery.replace(PREFIX, (typed, prefix: string) => {
    const words = covered.get(prefix) ?? [];
    if (words.length > PREFIX_WORDS || !words.every(isQueryWord)) return typed;
    return `(${[...new Set([prefix, ...words])].join(' | ')})`;
  });
}
