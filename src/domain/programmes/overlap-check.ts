import { textFeatures } from '../text/tokenise.js';

/**
 * Overlap check for a new proposal: compared by text with past tasks and the catalogue's offers,
 * the close pairs are shown to the secretary before the council. TF-IDF cosine over the same
 * accent-folded syllables and syllable bigrams the catalogue search uses; small on purpose (the
 * catalogue's duplicate detector is a separate piece).
 */
export type OverlapCandidate = { id: string; kind: 'task' | 'offer'; text: string };
export type OverlapPair = { id: string; kind: OverlapCandidate['kind']; score: number; sharedTerms: string[] };
export type OverlapOptions = { minScore?: number; limit?: number };

type Vector = Map<string, number>;

function counts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const feature of textFeatures(text)) out.set(feature, (out.get(feature) ?? 0) + 1);
  return out;
}

function weigh(bag: Map<string, number>, idf: (feature: string) => number): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [feature, count] of bag) {
    const weight = (1 + Math.log(count)) * idf(feature);
    vector.set(feature, weight);
    norm += weight * weight;
  }
  for (const [feature, weight] of vector) vector.set(feature, weight / Math.sqrt(norm || 1));
  return vector;
}

/** The candidates whose text is close to the proposal's (cosine ≥ minScore, default 0.35), closest first, with the terms they share (phrases first). */
export function findOverlaps(proposalText: string, candidates: readonly OverlapCandidate[], options: OverlapOptions = {}): OverlapPair[] {
  const bags = candidates.map((c) => counts(c.text));
  const query = counts(proposalText);
  const frequency = new Map<string, number>();
  for (const bag of [query, ...bags]) for (const feature of bag.keys()) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  const documents = bags.length + 1;
  const idf = (feature: string) => Math.log((documents + 1) / ((frequency.get(feature) ?? 0) + 1)) + 1;
  const q = weigh(query, idf);
  const pairs: OverlapPair[] = [];
  candidates.forEach((candidate, i) => {
    const v = weigh(bags[i], idf);
    const shared: Array<[string, number]> = [];
    let score = 0;
    for (const [feature, weight] of q) {
      const other = v.get(feature);
      if (other === undefined) continue;
      score += weight * other;
      shared.push([feature, weight * other]);
    }
    if (score < (options.minScore ?? 0.35)) return;
    // Phrases first: "ca phe" tells the secretary more than "cong".
    const phrase = (feature: string) => (feature.includes(' ') ? 1 : 0);
    const sharedTerms = shared
      .sort((a, b) => phrase(b[0]) - phrase(a[0]) || b[1] - a[1])
      .slice(0, 8)
      .map(([feature]) => feature);
    pairs.push({ id: candidate.id, kind: candidate.kind, score, sharedTerms });
  });
  return pairs.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, options.limit ?? 10);
}
