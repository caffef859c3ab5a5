import { describe, expect, it } from 'vitest';
import { cosineSimilarity, rankBySimilarity, reciprocalRankFusion } from './fusion.js';

describe('reciprocal rank fusion', () => {
  it('puts an id ranked well by both lists above one ranked first by only one', () => {
    expect(
      reciprocalRankFusion([
        ['a', 'b', 'c'],
        ['x', 'b', 'y'],
      ]),
    ).toEqual(['b', 'a', 'x', 'c', 'y']);
    // A small k lets the top of each list dominate: a and c (1st + 3rd) beat b (2nd + 2nd).
    expect(
      reciprocalRankFusion(
        [
          ['a', 'b', 'c'],
          ['c', 'b', 'a'],
        ],
        1,
      ),
    ).toEqual(['a', 'c', 'b']);
  });

  it('keeps ids that only one ranking has, after those both agree on', () => {
    expect(
      reciprocalRankFusion([
        ['a', 'b'],
        ['b', 'a', 'z'],
      ]),
    ).toEqual(['a', 'b', 'z']);
  });

  it('with one ranking, returns it unchanged', () => {
    expect(reciprocalRankFusion([['c', 'a', 'b']])).toEqual(['c', 'a', 'b']);
  });
});

describe('embedding similarity', () => {
  it('measures the angle between vectors, not their length', () => {
    expect(cosineSimilarity([1, 0], [2, 0])).toBeCloseTo(1);
    expect(cosineSimilarity([1, 0], [0, 3])).toBeCloseTo(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it('ranks vectors by closeness to the query', () => {
    const ranked = rankBySimilarity(
      [1, 0],
      [
        { id: 'far', vector: [0, 1] },
        { id: 'near', vector: [0.9, 0.1] },
        { id: 'middle', vector: [0.5, 0.5] },
      ],
    );
    expect(ranked).toEqual(['near', 'middle', 'far']);
  });
});
