import { fold } from '../text/fold.js';
import { normaliseToneMarks } from '../text/tone-marks.js';
import { hasVietnameseDiacritics, tokenise } from '../text/tokenise.js';
import type { DuplicateRecord } from './duplicate-record.js';
import { quantities } from './numbers.js';
import { ownerWords } from './owner-name.js';
import { intern, internPair, uniqueSorted, type Vocabulary } from './vocabulary.js';

/**
 * What a title names, for telling a duplicate from a look-alike: its content words (stop words
 * left out), and those of them the body (keywords, summary, description) uses again — the
 * record's subject. A product named in the title recurs in the body; a word added by rewording
 * the title ("Thiết bị" for "Máy") does not. A record with no body names its subject in the title.
 */
export type NamedWords = { title: Int32Array; subject: Int32Array };

/**
 * A record as duplicate detection compares it. Text is folded (no diacritics, no case) and cut
 * into syllables, so "Nước mắm" and "NUOC MAM" are the same words; sets rather than sequences, so
 * word order does not matter, plus syllable pairs, so that it still counts a little. Every set is
 * sorted feature ids of one shared vocabulary.
 */
export type DuplicateFeatures = {
  externalId: string;
  /** Words of the title. */
  title: Int32Array;
  /** Words of the title, keywords, summary and description. */
  words: Int32Array;
  /** Adjacent word pairs of the same texts ("nuoc mam"). */
  pairs: Int32Array;
  /** Folded: what the title names, and its subject's word pairs ("nuoc mam", telling it from "nuoc" and "mam" used apart). */
  named: NamedWords;
  subjectPairs: Int32Array;
  /**
   * For a record written with Vietnamese diacritics, the same as written ("~giấm"), with every word
   * of its text: folding merges words that differ (giấm / giảm, kẽm / kèm, hiếu / hiệu), so when both
   * records carry their marks, what each names and the other lacks is looked up with them.
   */
  accented: { named: NamedWords; words: Int32Array } | null;
  /** Quantities stated anywhere ("#300"), and in the title alone. */
  numbers: Int32Array;
  titleNumbers: Int32Array;
  owner: readonly string[];
  sectorCode: string | null;
  fieldCodes: readonly string[];
  country: string | null;
  province: string | null;
  trl: number | null;
  priceVnd: number | null;
};

/** Ids of a text's words: folded, as written, adjacent pairs; then the same for content words only. */
type Words = { words: number[]; accented: number[]; pairs: number[]; content: number[]; contentAccented: number[]; contentPairs: number[] };

const noWords = (): Words => ({ words: [], accented: [], pairs: [], content: [], contentAccented: [], contentPairs: [] });

const accentCache = new Map<string, string>();
/** The key of a word as written: tone marks placed one way, "~" so that it never meets a folded key. */
function accentedKey(surface: string): string {
  let key = accentCache.get(surface);
  if (key === undefined) {
    key = `~${normaliseToneMarks(surface)}`;
    if (accentCache.size >= 100_000) accentCache.clear();
    accentCache.set(surface, key);
  }
  return key;
}

/**
 * Every syllable of a text into `into.words` and `into.pairs`, stop words included: whether a stop
 * word is dropped depends on diacritics (see isStopWord), and a copy typed without them must keep
 * the same words; rarity weighting makes "va", "cho", "the" count for little anyway. The content
 * lists leave stop words out: they say what a title names.
 */
function visitWords(text: string, language: 'vi' | 'en' | undefined, vocabulary: Vocabulary, into: Words): void {
  for (const phrase of tokenise(text, language)) {
    let previous = -1;
    let previousContent = false;
    for (const token of phrase) {
      const word = intern(vocabulary, token.key);
      const accented = intern(vocabulary, accentedKey(token.surface));
      into.words.push(word);
      into.accented.push(accented);
      if (previous >= 0) into.pairs.push(internPair(vocabulary, previous, word));
      if (!token.stop) {
        into.content.push(word);
        into.contentAccented.push(accented);
        if (previousContent) into.contentPairs.push(internPair(vocabulary, previous, word));
      }
      previous = word;
      previousContent = !token.stop;
    }
  }
}

/** The ids of `list` that `other` holds too; all of them when `other` is empty (a record with no body). */
function alsoIn(list: number[], other: number[]): number[] {
  if (other.length === 0) return list;
  const set = new Set(other);
  return list.filter((id) => set.has(id));
}

const cleanCode = (value: string | null | undefined) => (value ? fold(value).replace(/^(tinh|thanh pho|tp\.?)\s+/, '') : null);

/** A record's features, its words and numbers interned in `vocabulary`. */
export function duplicateFeatures(record: DuplicateRecord, vocabulary: Vocabulary): DuplicateFeatures {
  const language = record.language ?? undefined;
  const title = noWords();
  const body = noWords();
  visitWords(record.title, language, vocabulary, title);
  const texts = [(record.keywords ?? []).join('. '), record.summary ?? '', record.description ?? ''];
  for (const text of texts) visitWords(text, language, vocabulary, body);
  const named = (titleWords: number[], bodyWords: number[]): NamedWords => ({
    title: uniqueSorted(titleWords),
    subject: uniqueSorted(alsoIn(titleWords, bodyWords)),
  });
  const numbers = (text: string) => quantities(text).map((n) => intern(vocabulary, `#${n}`));
  return {
    externalId: record.externalId,
    title: uniqueSorted(title.words),
    words: uniqueSorted([...title.words, ...body.words]),
    pairs: uniqueSorted([...title.pairs, ...body.pairs]),
    named: named(title.content, body.words),
    subjectPairs: uniqueSorted(alsoIn(title.contentPairs, body.pairs)),
    // Judged by the title, what `named` reads: a copy whose title was typed without marks keeps
    // them elsewhere (keywords carried over, a pasted description), and compared as written its
    // every title word would look like one the original lacks.
    accented: hasVietnameseDiacritics(record.title)
      ? { named: named(title.contentAccented, body.accented), words: uniqueSorted([...title.accented, ...body.accented]) }
      : null,
    numbers: uniqueSorted([record.title, ...texts].flatMap(numbers)),
    titleNumbers: uniqueSorted(numbers(record.title)),
    owner: ownerWords(record.ownerName),
    sectorCode: record.sectorCode?.trim().toUpperCase() || null,
    fieldCodes: record.fieldCodes ?? [],
    country: record.country?.trim().toUpperCase() || null,
    province: cleanCode(record.province),
    trl: record.trl ?? null,
    priceVnd: record.priceVnd ?? null,
  };
}

/** Adds one to the document frequency of every feature `features` holds (once per record). */
export function countFeatures(features: DuplicateFeatures, documentFrequency: Int32Array): void {
  for (const set of [features.words, features.pairs, features.numbers, features.accented?.words ?? new Int32Array(0)]) {
    for (let i = 0; i < set.length; i++) documentFrequency[set[i]]++;
  }
}
