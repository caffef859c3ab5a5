/** Graded judgments of one query: document id → relevance 0..3 (unlisted = 0). */
export type Judgments = ReadonlyMap<string, number>;

export type RunMetrics = { 'ndcg@10': number; 'recall@10': number; mrr: number };

/** nDCG@k with gain 2^rel − 1 and log2(rank + 1) discount; ideal ranking from all judgments. */
export function ndcgAt(ranked: readonly string[], judgments: Judgments, k: number): number {
  const dcg = (rels: number[]) => rels.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...judgments.values()].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => judgments.get(id) ?? 0)) / ideal;
}

/** Share of the relevant documents (relevance ≥ 1) found in the first k. */
export function recallAt(ranked: readonly string[], judgments: Judgments, k: number): number {
  const relevant = [...judgments.values()].filter((rel) => rel >= 1).length;
  if (relevant === 0) return 0;
  return ranked.slice(0, k).filter((id) => (judgments.get(id) ?? 0) >= 1).length / relevant;
}

/** 1 / rank of the first relevant document, 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], judgments: Judgments): number {
  const index = ranked.findIndex((id) => (judgments.get(id) ?? 0) >= 1);
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Means over every judged query; a query the run did not answer scores 0. */
export function evaluateRun(run: ReadonlyMap<string, readonly string[]>, qrels: ReadonlyMap<string, Judgments>): RunMetrics {
  const queries = [...qrels.keys()];
  const mean = (f: (ranked: readonly string[], j: Judgments) => number) =>
    queries.length === 0 ? 0 : queries.reduce((sum, q) => sum + f(run.get(q) ?? [], qrels.get(q)!), 0) / queries.length;
  return {
    'ndcg@10': mean((r, j) => ndcgAt(r, j, 10)),
    'recall@10': mean((r, j) => recallAt(r, j, 10)),
    mrr: mean(reciprocalRank),
  };
}
