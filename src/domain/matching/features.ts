import { forEachFeature, tokenise, type TextLanguage } from '../text/tokenise.js';
import type { FeatureBag, FeatureSource } from './bm25.js';
import { featureHash } from './feature-hash.js';
import { findTerms, type CompiledGlossary } from './glossary.js';

/** A field of a record and how much its words count (a title says more than a description). */
export type WeightedText = { text: string; weight: number };

/** How much a glossary concept and its translation count next to the words as written. */
export type ExpansionWeights = { concept: number; translation: number };

/** Features of a record plus, for explanations, each feature as a person wrote it. */
export type RecordFeatures = { bag: FeatureBag; display: Map<string, string> };

/** A record ranked for one query, as BM25 needs it: the query's features in it, and its length. */
type DocumentFeatures<Bag extends FeatureSource = FeatureBag> = { bag: Bag; length: number };

export const conceptPrefix = '~';

/**
 * Bag of features over weighted fields: syllables, syllable bigrams and, through the
 * glossary, concept ids (shared by both languages) and the other language's words.
 */
export function recordFeatures(
  fields: readonly WeightedText[],
  language: TextLanguage,
  glossary: CompiledGlossary | null,
  expansion: ExpansionWeights,
): RecordFeatures {
  const bag: FeatureBag = new Map();
  const display = new Map<string, string>();
  collectFeatures(fields, language, glossary, expansion, (feature, weight) => addTo(bag, feature, weight), display);
  return { bag, display };
}

/**
 * The features of `recordFeatures` that a query has; the others only count toward the record's
 * length. A record has ~170 features and shares a few dozen with a query: keeping all of them in a
 * map was most of the cost of ranking a few hundred candidates (so a store keeps them as numbers,
 * see storedFeatures).
 */
export function documentFeatures(
  fields: readonly WeightedText[],
  language: TextLanguage,
  glossary: CompiledGlossary | null,
  expansion: ExpansionWeights,
  query: FeatureBag,
): DocumentFeatures {
  return weightedFeatures(fields, language, glossary, expansion, (feature) => query.has(feature));
}

/**
 * Every feature of a record with its weight, and the record's length, as a store keeps them so that
 * ranking a candidate reads them instead of tokenising it again. Little-endian: the length (float64),
 * then for each distinct weight, the weight (float64), how many features have it (uint32) and their
 * hashes (float64, see featureHash). A record's ~165 features share about 17 weights, so grouping
 * them by weight keeps 8 bytes a feature instead of 16: a match reads the features of 200 candidates.
 */
export type StoredFeatures = Uint8Array;

/** The layout of StoredFeatures, part of what kept features follow from: a new one makes those kept in an older one count for nothing. */
export const storedFeaturesLayout = 2;

export function storedFeatures(
  fields: readonly WeightedText[],
  language: TextLanguage,
  glossary: CompiledGlossary | null,
  expansion: ExpansionWeights,
): StoredFeatures {
  const { bag, length } = weightedFeatures(fields, language, glossary, expansion, () => true);
  const byWeight = new Map<number, number[]>();
  for (const [feature, weight] of bag) {
    const hashes = byWeight.get(weight);
    if (hashes) hashes.push(featureHash(feature));
    else byWeight.set(weight, [featureHash(feature)]);
  }
  const bytes = new Uint8Array(8 + 12 * byWeight.size + 8 * bag.size);
  const view = new DataView(bytes.buffer);
  view.setFloat64(0, length, true);
  let offset = 8;
  for (const [weight, hashes] of byWeight) {
    view.setFloat64(offset, weight, true);
    view.setUint32(offset + 8, hashes.length, true);
    offset += 12;
    for (const hash of hashes) {
      view.setFloat64(offset, hash, true);
      offset += 8;
    }
  }
  return bytes;
}

/** The features `keep` picks with their summed weights, and the weight of all of them (the record's length). */
function weightedFeatures(
  fields: readonly WeightedText[],
  language: TextLanguage,
  glossary: CompiledGlossary | null,
  expansion: ExpansionWeights,
  keep: (feature: string) => boolean,
): DocumentFeatures {
  const bag: FeatureBag = new Map();
  let length = 0;
  const add = (feature: string, weight: number) => {
    length += weight;
    if (keep(feature)) addTo(bag, feature, weight);
  };
  collectFeatures(fields, language, glossary, expansion, add, null);
  return { bag, length };
}

/**
 * A query's features by their hash, to pick them out of stored features: an open-addressing table
 * over the hashes' low bits (see featureWithHash).
 */
export type QueryHashes = { hashes: Float64Array; features: string[]; mask: number };

const noHash = -1;

export function queryHashes(query: FeatureBag): QueryHashes {
  const size = 2 ** Math.ceil(Math.log2(2 * query.size + 2));
  const table: QueryHashes = { hashes: new Float64Array(size).fill(noHash), features: new Array<string>(size).fill(''), mask: size - 1 };
  for (const feature of query.keys()) {
    const hash = featureHash(feature);
    let slot = hash & table.mask;
    while (table.hashes[slot] !== noHash && table.hashes[slot] !== hash) slot = (slot + 1) & table.mask;
    table.hashes[slot] = hash;
    table.features[slot] = feature;
  }
  return table;
}

/**
 * The query feature with this hash, if the query has one. A candidate's ~140 stored features are
 * each looked up, for a few hundred candidates per match: a Map keyed by the hashes (doubles) took
 * most of the time of reading kept features.
 */
function featureWithHash(table: QueryHashes, hash: number): string | undefined {
  for (let slot = hash & table.mask; table.hashes[slot] !== noHash; slot = (slot + 1) & table.mask) {
    if (table.hashes[slot] === hash) return table.features[slot];
  }
  return undefined;
}

/**
 * `documentFeatures` of a record from its stored features: the same features with the same weights
 * (each summed when the record was tokenised) and the same length, so a ranking is the same to the
 * last bit whichever way its candidates' features came.
 */
export function documentFromStored(stored: StoredFeatures, query: QueryHashes): DocumentFeatures<FeatureSource> {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  // Visited where they lie: a Map of each candidate's features was a sixth of what a match allocated.
  const forEach = (visit: (weight: number, feature: string) => void) => {
    let offset = 8;
    while (offset < stored.byteLength) {
      const weight = view.getFloat64(offset, true);
      const end = offset + 12 + 8 * view.getUint32(offset + 8, true);
      for (offset += 12; offset < end; offset += 8) {
        const feature = featureWithHash(query, view.getFloat64(offset, true));
        if (feature !== undefined) visit(weight, feature);
      }
    }
  };
  return { bag: { forEach }, length: view.getFloat64(0, true) };
}

function addTo(bag: FeatureBag, feature: string, weight: number) {
  bag.set(feature, (bag.get(feature) ?? 0) + weight);
}

/** Calls `add` for every feature occurrence and, given `display`, notes how each was first written. */
function collectFeatures(
  fields: readonly WeightedText[],
  language: TextLanguage,
  glossary: CompiledGlossary | null,
  expansion: ExpansionWeights,
  add: (feature: string, weight: number) => void,
  display: Map<string, string> | null,
): void {
  for (const field of fields) {
    if (!field.text.trim()) continue;
    const phrases = tokenise(field.text, language);
    forEachFeature(phrases, (feature, token, next) => {
      add(feature, field.weight);
      if (display && !display.has(feature)) display.set(feature, next ? `${token.surface} ${next.surface}` : token.surface);
    });
    if (!glossary) continue;
    for (const term of findTerms(glossary, phrases, language)) {
      const concept = conceptPrefix + term.concept;
      add(concept, field.weight * expansion.concept);
      if (display && !display.has(concept)) display.set(concept, term.surface);
      for (const feature of term.translationFeatures) add(feature, field.weight * expansion.translation);
    }
  }
}
