import { isVietnameseSyllable } from '../text/syllable.js';
import type { Bm25Document, FeatureBag } from './bm25.js';
import {
  conceptPrefix,
  documentFeatures,
  documentFromStored,
  queryHashes,
  recordFeatures,
  type QueryHashes,
  type RecordFeatures,
  type StoredFeatures,
  type WeightedText,
} from './features.js';
import type { CompiledGlossary } from './glossary.js';
import type { MatcherSettings } from './settings.js';
import type { MatchDemand, MatchOffer } from './types.js';

type FieldWeights = MatcherSettings['documentFields'];

const offerFields = (offer: MatchOffer, weights: FieldWeights): WeightedText[] => [
  { text: offer.title, weight: weights.title },
  { text: offer.keywords.join('. '), weight: weights.keywords },
  { text: offer.summary, weight: weights.summary },
  { text: offer.description, weight: weights.description },
];

const demandFields = (demand: MatchDemand, weights: FieldWeights): WeightedText[] => [
  { text: demand.title, weight: weights.title },
  { text: demand.keywords.join('. '), weight: weights.keywords },
  { text: demand.description, weight: weights.description },
];

export function offerFeatures(offer: MatchOffer, weights: FieldWeights, glossary: CompiledGlossary | null, settings: MatcherSettings): RecordFeatures {
  return recordFeatures(offerFields(offer, weights), offer.language, glossary, settings.expansion);
}

export function demandFeatures(demand: MatchDemand, weights: FieldWeights, glossary: CompiledGlossary | null, settings: MatcherSettings): RecordFeatures {
  return recordFeatures(demandFields(demand, weights), demand.language, glossary, settings.expansion);
}

/** The fields of an offer (or an expert) as a document to rank, weighted by the settings. */
export const offerDocumentFields = (offer: MatchOffer, settings: MatcherSettings) => offerFields(offer, settings.documentFields);
export const demandDocumentFields = (demand: MatchDemand, settings: MatcherSettings) => demandFields(demand, settings.documentFields);

/**
 * A candidate's features as a store kept them, when they are current for these settings and this
 * glossary (the caller decides); otherwise the candidate is tokenised again.
 */
export type StoredFeaturesOf = (id: string) => StoredFeatures | undefined;

function documents<T extends { id: string; language: MatchOffer['language'] }>(
  records: readonly T[],
  fields: (record: T) => WeightedText[],
  query: FeatureBag,
  glossary: CompiledGlossary | null,
  settings: MatcherSettings,
  stored: StoredFeaturesOf,
): Bm25Document[] {
  let hashes: QueryHashes | undefined;
  return records.map((r) => {
    const kept = stored(r.id);
    const document = kept
      ? documentFromStored(kept, (hashes ??= queryHashes(query)))
      : documentFeatures(fields(r), r.language, glossary, settings.expansion, query);
    return { id: r.id, bag: document.bag, length: document.length };
  });
}

const noneStored: StoredFeaturesOf = () => undefined;

/** Offers as documents to rank for one query (its bag): see documentFeatures. */
export function offerDocuments(
  offers: readonly MatchOffer[],
  query: FeatureBag,
  glossary: CompiledGlossary | null,
  settings: MatcherSettings,
  stored: StoredFeaturesOf = noneStored,
): Bm25Document[] {
  return documents(offers, (o) => offerDocumentFields(o, settings), query, glossary, settings, stored);
}

export function demandDocuments(
  demands: readonly MatchDemand[],
  query: FeatureBag,
  glossary: CompiledGlossary | null,
  settings: MatcherSettings,
  stored: StoredFeaturesOf = noneStored,
): Bm25Document[] {
  return documents(demands, (d) => demandDocumentFields(d, settings), query, glossary, settings, stored);
}

/**
 * What a database should fetch candidates with before the matcher re-ranks them: the query's
 * heaviest syllable bigrams (selective: "nuoc mam", not "nuoc") and a few of its heaviest
 * single words, glossary translations included so that records in the other language come too.
 */
export function candidateTerms(query: RecordFeatures, bigrams: number, words: number): string[] {
  const ranked = [...query.bag]
    .filter(([feature]) => !feature.startsWith(conceptPrefix))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([feature]) => feature);
  return [...ranked.filter((f) => f.includes(' ')).slice(0, bigrams), ...ranked.filter((f) => !f.includes(' ')).slice(0, words)];
}

/** Candidate terms a database combines: any clause may match, and every term of a clause must. */
export type TermClauses = string[][];

/** The query's heaviest terms that a fallback fetches with (see fallbackClauses). */
const fallbackTerms = 4;

/**
 * Clauses that still find candidates when the selective terms found too few: every term of a
 * very large catalogue may be common, and a rare one may occur nowhere. First the records that
 * share two of the query's heaviest terms (two distinct ones, not a term and a word of it), then
 * those with one of them; a database ranks a bounded sample of them, so the matcher always has
 * something to rank where BM25 would.
 */
export function fallbackClauses(terms: readonly string[]): TermClauses[] {
  const heaviest = [...terms.filter((t) => t.includes(' ')).slice(0, fallbackTerms - 1), ...terms.filter((t) => !t.includes(' ')).slice(0, 1)];
  const pairs = heaviest.flatMap((a, i) => heaviest.slice(i + 1).flatMap((b) => (overlaps(a, b) ? [] : [[a, b]])));
  return [pairs, heaviest.map((t) => [t])].filter((clauses) => clauses.length > 0);
}

/**
 * Whether one term holds every word of the other ("cap nuoc" and "nuoc"): together they are
 * one term, so a pair of them asks for no second shared term and costs the database a phrase
 * check on every record with the common word.
 */
function overlaps(a: string, b: string): boolean {
  const [wordsOfA, wordsOfB] = [a.split(' '), b.split(' ')];
  return wordsOfA.every((word) => wordsOfB.includes(word)) || wordsOfB.every((word) => wordsOfA.includes(word));
}

/**
 * The row budget of a catalogue of `rows` records: a share of it, never below a floor, so that a
 * catalogue ten times larger keeps as many of a query's terms as a small one.
 */
export function rowBudgetFor(rows: number, share: { perTerm: number; perQuery: number }, floor: { perTerm: number; perQuery: number }) {
  return { perTerm: Math.max(floor.perTerm, Math.round(rows * share.perTerm)), perQuery: Math.max(floor.perQuery, Math.round(rows * share.perQuery)) };
}

/** Document frequencies as far as the database knows them (see wordStatistics in the catalogue module). */
export type TermFrequencies = { rows: number; frequency: ReadonlyMap<string, number>; rareBelow: number };

/**
 * Candidate queries match words of four letters or more by prefix (the matcher's English stems:
 * "sauc" ← "sauce"); shorter ones exactly, since a syllable such as "ca" prefixes hundreds.
 * A Vietnamese syllable is a whole word and matches exactly: "quan:*" would also fetch "quang"
 * and "quanh", and each prefix makes the database merge every posting list it begins (at
 * 300,000 offers a query's index scan took six times as long with its syllables as prefixes).
 */
export const matchesAsPrefix = (word: string) => word.length >= 4 && !isVietnameseSyllable(word);

const prefixFrequencies = new WeakMap<TermFrequencies, Map<string, number>>();

/** The share of records a query word matches: a prefix matches every listed word it begins. */
function wordFrequency(stats: TermFrequencies, word: string): number {
  if (!matchesAsPrefix(word)) return stats.frequency.get(word) ?? stats.rareBelow;
  const memo = prefixFrequencies.get(stats) ?? new Map<string, number>();
  prefixFrequencies.set(stats, memo);
  let share = memo.get(word);
  if (share === undefined) {
    share = 0;
    for (const [listed, frequency] of stats.frequency) if (listed.startsWith(word)) share += frequency;
    share = share > 0 ? Math.min(1, share) : stats.rareBelow;
    memo.set(word, share);
  }
  return share;
}

/**
 * The terms worth fetching candidates with, in their order of weight: a term that would fetch
 * more than `budget.perTerm` records ("cong nghe" in a catalogue of 100,000 offers) is dropped,
 * and so is one that would take the query past `budget.perQuery` (each term alone selective,
 * sixty of them together are not). A phrase is at most as common as its rarest word, and a
 * prefix as common as the listed words it begins ("nguy:*" also fetches "nguyen"). When
 * nothing is left, the rarest terms stay. Small catalogues keep every term.
 *
 * A word the statistics do not list is rare or absent, and the statistics cannot tell which
 * (nor whether two listed words ever stand side by side): when no kept term is a listed word,
 * the rarest listed word joins them if the query can afford it, so that a demand in a large
 * catalogue of similar records still finds its candidates.
 */
export function selectiveTerms(terms: readonly string[], stats: TermFrequencies, budget: { perTerm: number; perQuery: number }): string[] {
  // Once per term: sorting by rarity compares each term several times.
  const estimates = new Map(terms.map((term) => [term, stats.rows * Math.min(...term.split(' ').map((word) => wordFrequency(stats, word)))]));
  const estimate = (term: string) => estimates.get(term)!;
  const known = (term: string) => !term.includes(' ') && stats.frequency.has(term);
  const byRarity = [...terms].sort((a, b) => estimate(a) - estimate(b));
  let rows = 0;
  const kept = terms.filter((term) => {
    const fetched = estimate(term);
    if (fetched > budget.perTerm || rows + fetched > budget.perQuery) return false;
    rows += fetched;
    return true;
  });
  const chosen = kept.length > 0 ? kept : byRarity.slice(0, 3);
  const surelyPresent = byRarity.find((term) => known(term) && estimate(term) <= budget.perQuery);
  return chosen.some(known) || !surelyPresent ? chosen : [...chosen, surelyPresent];
}
