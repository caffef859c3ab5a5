/**
 * Reciprocal rank fusion (Cormack et al., 2009): each ranking gives an id 1 / (k + rank), rank
 * counted from 1; ids are ordered by the sum, ties kept in the first ranking's order. It needs
 * no comparable scores, so a lexical ranking and an embedding ranking can be merged as they are.
 * An id missing from a ranking gets nothing from it.
 */
export function reciprocalRankFusion(rankings: ReadonlyArray<readonly string[]>, k = 60): string[] {
  const fused = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, index) => fused.set(id, (fused.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  const firstSeen = [...fused.keys()];
  return firstSeen
    .map((id, order) => ({ id, order, score: fused.get(id)! }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.id);
}

/** Cosine similarity of two vectors of the same length; 0 when either is all zeros. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Ids by cosine similarity of their vectors to the query's, best first, ties by the given order. */
export function rankBySimilarity(query: readonly number[], vectors: ReadonlyArray<{ id: string; vector: readonly number[] }>): string[] {
  return vectors
    .map(({ id, vector }, order) => ({ id, order, similarity: cosineSimilarity(query, vector) }))
    .sort((a, b) => b.similarity - a.similarity || a.order - b.order)
    .map((r) => r.id);
}
