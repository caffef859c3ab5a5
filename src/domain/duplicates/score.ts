import { SAME_OWNER } from './owner-name.js';
import { pairEvidence, similarity, type FeatureWeights, type OwnWords, type PairEvidence, type WeighedRecord } from './pair-evidence.js';

export type PairScore = { score: number; evidence: PairEvidence };

// How fast a substitution lowers the score: the weight (idf) of the lighter side's own words at
// which the score is halved, when the texts are alike. A word one record in a thousand uses has an
// idf near 7, one in ten near 2.
const substitutionHalfWeight = 1;
// A title word the record's body never repeats may be a rewording ("Thiết bị" for "Máy"): it
// counts for this share of its weight.
const titleOnlyShare = 0.5;
// Only one side naming something the other lacks is weaker evidence (a copy may have lost words
// that its original has; folded, the other side's word may hide in a look-alike, "dua" in "đưa"):
// it counts for this share of the difference, and a title word the body does not repeat (a prefix
// such as "Chào bán:") for a smaller share still.
const oneSidedShare = 0.3;
const oneSidedTitleOnlyShare = 0.25;

const ownWeight = (own: OwnWords, titleOnly: number) => own.subjectWeight + titleOnly * own.titleOnlyWeight;

const titleAndText = (alike: { title: number; text: number }) => 0.4 * alike.title + 0.6 * alike.text;

/**
 * How likely two records are the same technology, 0..1, from the evidence. Shared title and text
 * raise it; it falls when each record names in its title something the other never uses (another
 * product, material or organism in the same template), weighted by rarity, so that a swapped
 * "Máy"/"Thiết bị" costs little and a swapped "mắm"/"tương" much; and when the stated quantities,
 * the owners or the countries differ.
 */
function scoreEvidence(evidence: PairEvidence): number {
  const [a, b] = [ownWeight(evidence.onlyInA, titleOnlyShare), ownWeight(evidence.onlyInB, titleOnlyShare)];
  const [oneA, oneB] = [ownWeight(evidence.onlyInA, oneSidedTitleOnlyShare), ownWeight(evidence.onlyInB, oneSidedTitleOnlyShare)];
  const substitution = Math.min(a, b) + oneSidedShare * Math.abs(oneA - oneB);
  // A difference in what the titles name weighs as much as the texts are otherwise alike: two
  // records from one template share nearly all their text, so the one word each names alone is
  // what sets them apart; two people describing one technology share less text, and the title
  // words only one of them uses are mostly their own wording.
  const weight = substitution * evidence.text ** 3;
  let score = titleAndText(evidence) / (1 + weight / substitutionHalfWeight);
  score *= evidence.numbers ?? 1;
  if (evidence.owner !== null && evidence.owner < SAME_OWNER) score *= 0.8;
  if (evidence.fields.country === false) score *= 0.8;
  if (evidence.fields.sector === false) score *= 0.95;
  return score;
}

/**
 * The score and evidence of records `a` and `b` as duplicates of each other, or null when the
 * score cannot reach `minScore`: their titles and texts alone are too far apart, and the rest of
 * the evidence, which only lowers the score, is not gathered.
 */
export function scorePair(a: WeighedRecord, b: WeighedRecord, weighting: FeatureWeights, minScore = 0): PairScore | null {
  const alike = similarity(a, b, weighting);
  if (titleAndText(alike) < minScore) return null;
  const evidence = pairEvidence(a, b, weighting, alike);
  return { score: scoreEvidence(evidence), evidence };
}
