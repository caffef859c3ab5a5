import { describe, expect, it } from 'vitest';
import { evaluateRun, ndcgAt, recallAt, reciprocalRank } from './metrics.js';
import { parseQrels } from './qrels.js';

const judgments = new Map([
  ['a', 3],
  ['b', 1],
  ['c', 2],
]);

describe('evaluation metrics', () => {
  it('nDCG@k uses gain 2^rel − 1 and a log2 discount against the ideal order', () => {
    expect(ndcgAt(['a', 'c', 'b'], judgments, 10)).toBeCloseTo(1);
    const dcg = 0 / 1 + 7 / Math.log2(3) + 1 / Math.log2(4);
    const ideal = 7 / 1 + 3 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAt(['x', 'a', 'b'], judgments, 10)).toBeCloseTo(dcg / ideal);
    expect(ndcgAt(['x', 'y'], judgments, 10)).toBe(0);
    expect(ndcgAt(['b', 'a'], judgments, 1)).toBeCloseTo(1 / 7);
  });

  it('Recall@k counts relevance ≥ 1 within the first k', () => {
    expect(recallAt(['a', 'x', 'b'], judgments, 10)).toBeCloseTo(2 / 3);
    expect(recallAt(['x', 'a'], judgments, 1)).toBe(0);
    expect(recallAt(['a'], new Map([['a', 0]]), 10)).toBe(0);
  });

  it('MRR takes the first relevant document', () => {
    expect(reciprocalRank(['x', 'y', 'b'], judgments)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], judgments)).toBe(0);
  });

  it('averages over judged queries, an unanswered query scoring 0', () => {
    const qrels = parseQrels('demandId\tofferId\trelevance\nq1\ta\t3\nq2\tb\t1\n');
    const metrics = evaluateRun(new Map([['q1', ['a']]]), qrels);
    expect(metrics).toEqual({ 'ndcg@10': 0.5, 'recall@10': 0.5, mrr: 0.5 });
  });
});
