import { fold } from '../text/fold.js';
import type { DuplicateFeatures } from './features.js';
import { isOneEditApart } from './one-edit.js';
import { ownerAgreement } from './owner-name.js';
import { missingFrom, sharedWeight, weightOf } from './vocabulary.js';

/** What evidence is computed with: per feature id, its key, its document frequency and its weight (idf). */
export type FeatureWeights = { keys: readonly string[]; frequency: ArrayLike<number>; weights: Float64Array };

/** A record's features with the sums every comparison needs, computed once under one weighting. */
export type WeighedRecord = DuplicateFeatures & { titleWeight: number; textWeight: number };

/** `features` ready to be compared under `weighting`. */
export function weigh(features: DuplicateFeatures, { weights }: FeatureWeights): WeighedRecord {
  return { ...features, titleWeight: weightOf(features.title, weights), textWeight: weightOf(features.words, weights) + weightOf(features.pairs, weights) };
}

/**
 * What one record names in its title that the other never uses: its subject words (and, folded,
 * subject word pairs), then other content words of its title — as feature ids and as the sum of
 * their weights.
 */
export type OwnWords = { subject: number[]; titleOnly: number[]; subjectWeight: number; titleOnlyWeight: number };

/**
 * What is known about one pair: agreements 0..1, and what each side names that the other lacks.
 * Kept apart from the score so that a person can be told why two records look alike (or not).
 */
export type PairEvidence = {
  /** How much the titles say the same, in either title's words or in the other record's text. */
  title: number;
  /** How much of the shorter record's text (words and word pairs) the other holds: a cut description is still contained. */
  text: number;
  onlyInA: OwnWords;
  onlyInB: OwnWords;
  /** 1 when the stated quantities agree, lower as they disagree; null when there is nothing to compare. */
  numbers: number | null;
  /** How much the owner names agree, null when either is missing. */
  owner: number | null;
  /** Whether the coded fields agree (true), differ (false), or are missing on either side (null). */
  fields: Record<CodedField, boolean | null>;
};

export type CodedField = 'sector' | 'fields' | 'country' | 'province' | 'trl' | 'price';

/** Whether two optional values agree, null when either is missing. */
function same<T>(a: T | null, b: T | null, equal: (x: T, y: T) => boolean = (x, y) => x === y): boolean | null {
  return a === null || b === null ? null : equal(a, b);
}

function codedFields(a: DuplicateFeatures, b: DuplicateFeatures): Record<CodedField, boolean | null> {
  const codes = (list: readonly string[]) => (list.length === 0 ? null : [...list].sort().join());
  return {
    sector: same(a.sectorCode, b.sectorCode),
    fields: same(codes(a.fieldCodes), codes(b.fieldCodes)),
    country: same(a.country, b.country),
    province: same(a.province, b.province),
    trl: same(a.trl, b.trl),
    // A price re-typed, or rounded, by the second connection point is still the same price.
    price: same(a.priceVnd, b.priceVnd, (x, y) => Math.abs(x - y) <= 0.1 * Math.max(x, y)),
  };
}

function titleAgreement(a: WeighedRecord, b: WeighedRecord, w: Float64Array): number {
  if (a.titleWeight === 0 || b.titleWeight === 0) return 0;
  const dice = (2 * sharedWeight(a.title, b.title, w)) / (a.titleWeight + b.titleWeight);
  // A reworded or prefixed title still uses the other record's words, in its title or its text.
  const covered = (sharedWeight(a.title, b.words, w) / a.titleWeight + sharedWeight(b.title, a.words, w) / b.titleWeight) / 2;
  return Math.max(dice, covered);
}

function textContainment(a: WeighedRecord, b: WeighedRecord, w: Float64Array): number {
  if (a.textWeight === 0 || b.textWeight === 0) return 0;
  const shared = sharedWeight(a.words, b.words, w) + sharedWeight(a.pairs, b.pairs, w);
  // Mostly containment (a shortened copy lies inside the original), with a little of the larger
  // side, so that a bare title is not "contained" in every long record that uses its words.
  return Math.min(1, shared / (0.8 * Math.min(a.textWeight, b.textWeight) + 0.2 * Math.max(a.textWeight, b.textWeight)));
}

/** How alike two records' titles and texts are, before anything that tells them apart: an upper bound of the score. */
export function similarity(a: WeighedRecord, b: WeighedRecord, { weights }: FeatureWeights): { title: number; text: number } {
  return { title: titleAgreement(a, b, weights), text: textContainment(a, b, weights) };
}

/**
 * What `a` names in its title that `b` never uses. Compared as written when both records carry
 * diacritics; folded otherwise, where a word is ambiguous ("mam" is mâm, mắm or măm) and the
 * subject's word pairs ("nuoc mam") count too.
 */
function ownWords(a: DuplicateFeatures, b: DuplicateFeatures): { subject: number[]; titleOnly: number[] } {
  let subject: number[];
  let titleWords: number[];
  if (a.accented && b.accented) {
    subject = missingFrom(a.accented.named.subject, b.accented.words);
    titleWords = missingFrom(a.accented.named.title, b.accented.words);
  } else {
    subject = missingFrom(a.named.subject, b.words);
    for (const id of missingFrom(a.subjectPairs, b.pairs)) subject.push(id);
    titleWords = missingFrom(a.named.title, b.words);
  }
  const titleOnly: number[] = [];
  for (const id of titleWords) if (!subject.includes(id)) titleOnly.push(id);
  return { subject, titleOnly };
}

/**
 * Drops from `own` (what `a` names and `b` never uses) the typing slips: words one letter apart
 * from a word of `b`, one of the two used by no other record ("enregy" in one, "energy" in the
 * other).
 */
function dropTypos(own: { subject: number[]; titleOnly: number[] }, a: DuplicateFeatures, b: DuplicateFeatures, { keys, frequency }: FeatureWeights): void {
  const setOf = (key: string) => (key.includes(' ') ? b.pairs : key.startsWith('~') && a.accented && b.accented ? b.accented.words : b.words);
  // Compared folded: a slip changes a letter; "kẽm" beside "kèm" is two words, not a slip. Short
  // words are left alone: most Vietnamese syllables are one letter from another ("gang", "dang").
  const slip = (x: number) => {
    const key = fold(keys[x]).replace(/^~/, '');
    if (key.length < 6) return false;
    for (const y of setOf(keys[x])) if (Math.min(frequency[x], frequency[y]) === 1 && isOneEditApart(key, fold(keys[y]).replace(/^~/, ''))) return true;
    return false;
  };
  own.subject = own.subject.filter((x) => !slip(x));
  own.titleOnly = own.titleOnly.filter((x) => !slip(x));
}

function numberAgreement(a: DuplicateFeatures, b: DuplicateFeatures, w: Float64Array): number | null {
  // Figures in both titles (a capacity, a concentration) name the model: when the titles do not
  // state the same ones, the numbers' verdict is taken from the titles alone.
  if (a.titleNumbers.length > 0 && b.titleNumbers.length > 0) {
    const titleShare = sharedWeight(a.titleNumbers, b.titleNumbers, w) / Math.max(weightOf(a.titleNumbers, w), weightOf(b.titleNumbers, w));
    if (titleShare < 1) return 0.5 + 0.4 * titleShare;
  }
  const fewer = Math.min(a.numbers.length, b.numbers.length);
  if (fewer === 0) return null;
  const share = sharedWeight(a.numbers, b.numbers, w) / Math.min(weightOf(a.numbers, w), weightOf(b.numbers, w));
  const confidence = Math.min(1, fewer / 3);
  return 1 - 0.5 * confidence * (1 - share);
}

function withWeights(own: { subject: number[]; titleOnly: number[] }, w: Float64Array): OwnWords {
  let subjectWeight = 0;
  let titleOnlyWeight = 0;
  for (const id of own.subject) subjectWeight += w[id];
  for (const id of own.titleOnly) titleOnlyWeight += w[id];
  return { ...own, subjectWeight, titleOnlyWeight };
}

/** Everything known about records `a` and `b` as duplicates of each other; `alike` if already computed. */
export function pairEvidence(a: WeighedRecord, b: WeighedRecord, weighting: FeatureWeights, alike = similarity(a, b, weighting)): PairEvidence {
  const w = weighting.weights;
  const ownA = ownWords(a, b);
  const ownB = ownWords(b, a);
  dropTypos(ownA, a, b, weighting);
  dropTypos(ownB, b, a, weighting);
  return {
    ...alike,
    onlyInA: withWeights(ownA, w),
    onlyInB: withWeights(ownB, w),
    numbers: numberAgreement(a, b, w),
    owner: ownerAgreement(a.owner, b.owner),
    fields: codedFields(a, b),
  };
}
