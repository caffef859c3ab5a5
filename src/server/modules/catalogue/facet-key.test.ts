import { describe, expect, it } from 'vitest';
import { tallyFacets } from './facet-key.js';

describe('tallyFacets', () => {
  it('counts each facet by its position in the key, list codes one by one, most frequent first', () => {
    const keys = ['C|79|VN|vi|201,203', 'C||KR|en|203', 'A|01|VN|vi|'].join(';');
    expect(tallyFacets(['sector', 'province', 'country', 'language', 'field'], keys)).toEqual({
      sector: [
        { code: 'C', count: 2 },
        { code: 'A', count: 1 },
      ],
      province: [
        { code: '01', count: 1 },
        { code: '79', count: 1 },
      ],
      country: [
        { code: 'VN', count: 2 },
        { code: 'KR', count: 1 },
      ],
      language: [
        { code: 'vi', count: 2 },
        { code: 'en', count: 1 },
      ],
      field: [
        { code: '203', count: 2 },
        { code: '201', count: 1 },
      ],
    });
  });

  it('gives empty facets when nothing matched', () => {
    expect(tallyFacets(['sector', 'field'], null)).toEqual({ sector: [], field: [] });
  });
});
