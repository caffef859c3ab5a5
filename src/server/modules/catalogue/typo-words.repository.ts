import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { spelledWord } from '../../../db/schema/index.js';
import { isQueryWord } from '../../../domain/catalogue/search-query.js';

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

/** Which words a typo search widens: first those the catalogue does not know, then every one. */
export type Widen = 'unknown' | 'all';

/** A typed word and the vocabulary words searched in its place besides it (nearest first). */
export type Correction = { typed: string; alternatives: string[] };

/** A query with its words corrected: the tsquery, and the typed words that gained alternatives. */
export type CorrectedQuery = { tsquery: string; corrections: Correction[] };

/** Each word with the vocabulary words that resemble it (trigram similarity over the small `search_vocabulary` table). */
async function alternativesOf(db: Executor, words: string[], widen: Widen): Promise<Map<string, string[]>> {
  const asked = sql`array[${sql.join(
    words.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[]`;
  const result = await db.execute(sql`
    select q.word, coalesce(json_agg(json_build_object('word', v.word, 'distance', v.distance) order by v.distance) filter (where v.word is not null), '[]') as alternatives
    from unnest(${asked}) as q(word)
    left join lateral (
      select sv.word, sv.word <-> q.word as distance from search_vocabulary sv
      where ${spelledWord(sql`sv.word`)}
        and (${widen === 'all'} or not exists (select 1 from search_vocabulary known where known.word = q.word))
      order by sv.word <-> q.word limit ${ALTERNATIVES_PER_WORD}
    ) v on v.distance <= ${MAX_TYPO_DISTANCE}
    group by q.word`);
  const rows = (result as unknown as { rows: { word: string; alternatives: Alternative[] }[] }).rows;
  return new Map(rows.map((r) => [r.word, nearestAlternatives(r.word, r.alternatives)]));
}

/**
 * Each reading of the query (ParsedSearch.readings) with its words widened to the vocabulary words
 * that resemble them, such as `(tanh | thanh | tranh) & long`; the readings so corrected, one or
 * the other (`… | …`). A reading none of whose words has anything to stand in for it is left out:
 * as it is, it found nothing. Null when no reading has.
 */
export async function correctedQuery(db: Executor, readings: string[][], widen: Widen): Promise<CorrectedQuery | null> {
  const words = [...new Set(readings.flat())];
  if (words.length === 0) return null;
  const alternatives = await alternativesOf(db, words, widen);
  const alsoFor = (word: string) => alternatives.get(word) ?? [];
  const corrected = readings.filter((reading) => reading.some((word) => alsoFor(word).length > 0));
  if (corrected.length === 0) return null;
  const tsquery = corrected.map((reading) => `(${reading.map((word) => `(${[word, ...alsoFor(word)].join(' | ')})`).join(' & ')})`).join(' | ');
  // Said of the words typed (the first reading): a glossary translation's own corrections ("shrimp" → "ship"
  // for one who typed "tôm") would name words the person never wrote.
  const typed = readings[0] ?? [];
  const corrections = typed.filter((word) => alsoFor(word).length > 0).map((word) => ({ typed: word, alternatives: alsoFor(word) }));
  return { tsquery, corrections };
}

/** A vocabulary word that resembles a typed one, and its trigram distance from it. */
type Alternative = { word: string; distance: number };

/** The alternatives of a typed word (nearest first) no farther than TYPO_DISTANCE_MARGIN beyond the nearest that is not the word itself. */
function nearestAlternatives(typed: string, alternatives: Alternative[]): string[] {
  const others = alternatives.filter((a) => a.word !== typed && isQueryWord(a.word));
  const nearest = others[0]?.distance ?? 0;
  return others.filter((a) => a.distance <= nearest + TYPO_DISTANCE_MARGIN).map((a) => a.word);
}
