import { forEachCandidatePair, type BlockingOptions } from './blocking.js';
import type { DuplicateRecord } from './duplicate-record.js';
import { countFeatures, duplicateFeatures } from './features.js';
import { explainPair, type PairExplanation } from './explain.js';
import { weigh, type FeatureWeights, type WeighedRecord } from './pair-evidence.js';
import { scorePair } from './score.js';
import { idfWeights, newVocabulary, type Vocabulary } from './vocabulary.js';

/**
 * Pairs scoring at least this are reported as likely duplicates: on the labelled set, precision and
 * recall both pass 0.9 between about 0.35 and 0.42 (see scripts/duplicate-thresholds.ts).
 */
export const DUPLICATE_THRESHOLD = 0.4;

/** A likely duplicate pair: the records' external ids, the score and why. */
export type DuplicatePair = { a: string; b: string; score: number; explanation: PairExplanation };

export type FindOptions = Partial<BlockingOptions> & {
  minScore?: number;
  /** Only the pairs of the record with this external id (a record being written, checked against its candidates). */
  involving?: string;
};

/** Records of one file, their features and the weights of those features within the file. */
export type ScoredFile = { vocabulary: Vocabulary; features: WeighedRecord[]; weights: FeatureWeights };

/** Blocking for a file of `rows` records: a word more than √rows of them use is too common to fetch by. */
export function blockingFor(rows: number): BlockingOptions {
  return { keysPerRecord: 12, titleKeysPerRecord: 4, maxFrequency: Math.max(50, Math.ceil(Math.sqrt(rows))) };
}

/** Features of every record and idf weights over the file itself. */
export function prepareFile(records: readonly DuplicateRecord[]): ScoredFile {
  const vocabulary = newVocabulary();
  const unweighed = records.map((record) => duplicateFeatures(record, vocabulary));
  const frequency = new Int32Array(vocabulary.keys.length);
  for (const f of unweighed) countFeatures(f, frequency);
  const weights: FeatureWeights = { keys: vocabulary.keys, frequency, weights: idfWeights(frequency, records.length) };
  return { vocabulary, features: unweighed.map((f) => weigh(f, weights)), weights };
}

/**
 * The likely duplicate pairs within a file of offers or of demands, each unordered pair once,
 * `a` the record that comes first in the file, best score first. Only pairs that share their
 * rarest words are scored (see blocking.ts): some twenty per record rather than all n(n−1)/2.
 */
export function findDuplicates(records: readonly DuplicateRecord[], options: FindOptions = {}): DuplicatePair[] {
  const minScore = options.minScore ?? DUPLICATE_THRESHOLD;
  const file = prepareFile(records);
  const blocking = { ...blockingFor(records.length), ...options };
  const pairs: DuplicatePair[] = [];
  // The pairs of the other records with one another are not scored: the same pairs, and weights, as the whole file's.
  const only = options.involving === undefined ? -1 : records.findIndex((r) => r.externalId === options.involving);
  forEachCandidatePair(file.features, file.weights.frequency, blocking, (i, j) => {
    if (options.involving !== undefined && i !== only && j !== only) return;
    const scored = scorePair(file.features[i], file.features[j], file.weights, minScore);
    if (scored === null || scored.score < minScore) return;
    const { score, evidence } = scored;
    const explanation = explainPair(evidence, file.weights.keys, file.weights.weights);
    pairs.push({ a: records[i].externalId, b: records[j].externalId, score, explanation });
  });
  return pairs.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
