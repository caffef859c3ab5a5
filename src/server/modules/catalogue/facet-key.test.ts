import { describe, expect, it } from 'vitest';
import { tallyFacets } from './facet-key.js';

/** Counts as the search answers them, from [code, count] pairs. */
const counts = (...pairs: [string, number][]) => pairs.map(([code, count]) => ({ code, count }));

describe('tallyFacets', () => {
  it('counts each facet by its position in the key, list codes one by one, most frequent first', () => {
    const keys = ['C|79|VN|vi|201,203', 'C||KR|en|203', 'A|01|VN|vi|'].join(';');
    expect(tallyFacets(['sector', 'province', 'country', 'language', 'field'], keys)).toEqual({
      sector: counts(['C', 2], ['A', 1]),
      province: counts(['01', 1], ['79', 1]),
      country: counts(['VN', 2], ['KR', 1]),
      language: counts(['vi', 2], ['en', 1]),
      field: counts(['203', 2], ['201', 1]),
    });
  });

  it('gives empty facets when nothing matched', () => {
    expect(tallyFacets(['sector', 'field'], null)).toEqual({ sector: [], field: [] });
  });
});
