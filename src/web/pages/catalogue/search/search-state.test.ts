import { describe, expect, it } from 'vitest';
import { activeFilterCount, parseSearchState, searchParamsOf } from './search-state.js';

describe('search state in the URL', () => {
  it('round-trips a shared search', () => {
    const url = new URLSearchParams('q=nuoc+mam&province=40,38&trlMin=4&sort=newest');
    const state = parseSearchState(url);
    expect(state.q).toBe('nuoc mam');
    expect(state.facets.province).toEqual(['40', '38']);
    expect(state.trlMin).toBe(4);
    expect(state.trlMax).toBeNull();
    expect(state.sort).toBe('newest');
    expect(searchParamsOf(state).toString()).toBe('q=nuoc+mam&province=40%2C38&trlMin=4&sort=newest');
    expect(activeFilterCount(state)).toBe(3);
  });

  it('ignores malformed values and leaves defaults out of the URL', () => {
    const state = parseSearchState(new URLSearchParams('trlMin=12&trlMax=x&sort=cheapest'));
    expect(state).toMatchObject({ trlMin: null, trlMax: null, sort: 'relevance' });
    expect(searchParamsOf({ ...state, trlMin: 1, trlMax: 9 }).toString()).toBe('');
  });
});
