import { describe, expect, it } from 'vitest';
import { buildBm25Index, contributions, idf, scoreAll } from './bm25.js';
import { baselineIndex, baselineQueryFeatures, baselineRanking, plainFeatures } from './baseline.js';

const bag = (...features: string[]) => new Map(features.map((f) => [f, 1]));

describe('BM25', () => {
  const index = buildBm25Index([
    { id: 'a', bag: bag('nuoc', 'mam', 'nuoc mam') },
    { id: 'b', bag: bag('nuoc', 'thai', 'nuoc thai') },
    { id: 'c', bag: bag('nuoc', 'say') },
  ]);

  it('weighs rare features above common ones', () => {
    expect(idf(index, 'nuoc mam')).toBeGreaterThan(idf(index, 'nuoc'));
    expect(idf(index, 'unknown')).toBeGreaterThan(idf(index, 'nuoc mam'));
  });

  it('scores only documents that share a feature, multiplied by the query weight', () => {
    const scores = scoreAll(index, new Map([['nuoc mam', 2]]));
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[1]).toBe(0);
    expect(scoreAll(index, new Map([['nuoc mam', 1]]))[0]).toBeCloseTo(scores[0] / 2);
  });

  it('takes a document length that counts features left out of its bag', () => {
    const full = buildBm25Index([
      { id: 'a', bag: bag('nuoc', 'mam') },
      { id: 'b', bag: bag('nuoc', 'thai', 'say') },
    ]);
    const partial = buildBm25Index([
      { id: 'a', bag: bag('nuoc'), length: 2 },
      { id: 'b', bag: bag('nuoc'), length: 3 },
    ]);
    expect(scoreAll(partial, bag('nuoc'))).toEqual(scoreAll(full, bag('nuoc')));
  });

  it('explains a score by its features', () => {
    const parts = contributions(
      index,
      new Map([
        ['nuoc', 1],
        ['mam', 1],
        ['nuoc mam', 1],
      ]),
      0,
    );
    expect(parts.map((p) => p.feature)).toContain('nuoc mam');
    expect(parts.reduce((s, p) => s + p.score, 0)).toBeCloseTo(
      scoreAll(
        index,
        new Map([
          ['nuoc', 1],
          ['mam', 1],
          ['nuoc mam', 1],
        ]),
      )[0],
    );
  });
});

describe('plain BM25 baseline', () => {
  it('uses folded syllables and bigrams of all text, nothing else', () => {
    expect([...plainFeatures('Nước mắm').keys()]).toEqual(['nuoc', 'nuoc mam', 'mam']);
    const offer = (id: string, title: string) => ({
      id,
      language: 'vi' as const,
      title,
      summary: '',
      description: '',
      keywords: [],
      sectorCodes: [],
      fieldCodes: [],
      trl: null,
      priceVnd: null,
      country: null,
    });
    const index = baselineIndex([offer('1', 'Máy sấy cà phê'), offer('2', 'Nước mắm lên men')]);
    const demand = {
      id: 'd',
      language: 'vi' as const,
      title: 'nuoc mam',
      description: '',
      keywords: [],
      sectorCodes: [],
      fieldCodes: [],
      minTrl: null,
      budgetVnd: null,
      seekAbroad: false,
    };
    expect(baselineRanking(index, demand)).toEqual(['2']);
    // Kept to the demand's features only, the index ranks it the same, with the same scores' order.
    const offers = [offer('1', 'Máy sấy cà phê'), offer('2', 'Nước mắm lên men'), offer('3', 'Nước mắm cá cơm nước mắm truyền thống lâu năm')];
    const partial = baselineIndex(offers, baselineQueryFeatures([demand]));
    expect(partial.postings.has('ca phe')).toBe(false);
    expect(baselineRanking(partial, demand)).toEqual(baselineRanking(baselineIndex(offers), demand));
    expect(baselineRanking(partial, demand)).toEqual(['2', '3']);
  });
});
