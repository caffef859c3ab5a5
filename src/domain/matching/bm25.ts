/** Weighted term frequencies of one text: feature → weight (fields weigh their features). */
export type FeatureBag = Map<string, number>;

export type Bm25Params = { k1: number; b: number };
export const defaultBm25: Bm25Params = { k1: 1.2, b: 0.75 };

/** An inverted index over feature bags; scoring touches only the postings of the query's features. */
export type Bm25Index = {
  ids: string[];
  lengths: Float64Array;
  averageLength: number;
  /**
   * Each feature's documents and frequencies, interleaved (doc, tf, doc, tf…): one array per
   * feature rather than an object per posting, as a match indexes a few thousand of them.
   */
  postings: Map<string, number[]>;
  params: Bm25Params;
};

/**
 * What indexing reads of a document's features: each one once, with its weight. A FeatureBag is
 * one; features kept in a store are visited where they lie, without a Map for each candidate.
 */
export type FeatureSource = { forEach(visit: (tf: number, feature: string) => void): void };

/** A document to index: its features and, when `bag` holds only some of them, its length (see documentFeatures). */
export type Bm25Document = { id: string; bag: FeatureSource; length?: number };

/** Documents may come one at a time (a generator): only their postings are kept. */
export function buildBm25Index(docs: Iterable<Bm25Document>, params = defaultBm25): Bm25Index {
  const postings = new Map<string, number[]>();
  const ids: string[] = [];
  const lengths: number[] = [];
  for (const { id, bag, length } of docs) {
    const doc = ids.length;
    let total = 0;
    bag.forEach((tf, feature) => {
      total += tf;
      const list = postings.get(feature);
      if (list) list.push(doc, tf);
      else postings.set(feature, [doc, tf]);
    });
    ids.push(id);
    lengths.push(length ?? total);
  }
  const total = lengths.reduce((sum, n) => sum + n, 0);
  return { ids, lengths: Float64Array.from(lengths), averageLength: ids.length ? total / ids.length || 1 : 1, postings, params };
}

/** Robertson–Spärck Jones idf, floored at 0 so that a feature in most documents adds nothing. */
export function idf(index: Bm25Index, feature: string): number {
  const df = (index.postings.get(feature)?.length ?? 0) / 2;
  const n = index.ids.length;
  return Math.max(0, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
}

function termScore(index: Bm25Index, doc: number, tf: number, featureIdf: number): number {
  const { k1, b } = index.params;
  const norm = k1 * (1 - b + (b * index.lengths[doc]) / index.averageLength);
  return (featureIdf * tf * (k1 + 1)) / (tf + norm);
}

/** The BM25 score of every document for a weighted query (query weights multiply each term). */
export function scoreAll(index: Bm25Index, query: FeatureBag): Float64Array {
  const scores = new Float64Array(index.ids.length);
  for (const [feature, weight] of query) {
    const list = index.postings.get(feature);
    if (!list) continue;
    const featureIdf = idf(index, feature);
    for (let i = 0; i < list.length; i += 2) scores[list[i]] += weight * termScore(index, list[i], list[i + 1], featureIdf);
  }
  return scores;
}

/** Each query feature's share of one document's score, largest first (to explain a match). */
export function contributions(index: Bm25Index, query: FeatureBag, doc: number): Array<{ feature: string; score: number }> {
  const parts: Array<{ feature: string; score: number }> = [];
  for (const [feature, weight] of query) {
    const list = index.postings.get(feature);
    if (!list) continue;
    const at = postingOf(list, doc);
    if (at >= 0) parts.push({ feature, score: weight * termScore(index, doc, list[at + 1], idf(index, feature)) });
  }
  return parts.sort((a, b) => b.score - a.score);
}

/** Where `doc` is in a feature's postings, whose documents ascend (they are indexed in order), or -1. */
function postingOf(list: number[], doc: number): number {
  let low = 0;
  let high = list.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[2 * middle];
    if (found === doc) return 2 * middle;
    if (found < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
