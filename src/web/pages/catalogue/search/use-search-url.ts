import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchQuery } from '../../../api/catalogue.js';
import { facetKeys, parseSearchState, searchParamsOf, type SearchState } from './search-state.js';

/**
 * The search lives in the page URL, so a search can be shared, bookmarked and taken back with
 * the browser's Back button. Every change replaces the URL parameters.
 */
export function useSearchUrl() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const update = useCallback(
    (change: (current: SearchState) => SearchState) => setParams((current) => searchParamsOf(change(parseSearchState(current)))),
    [setParams],
  );
  return { state, update };
}

/**
 * The API query for a search state: several values of one filter go comma-separated, filters a
 * list does not have are left out (the API takes one language, and demands only a lowest TRL).
 */
export function apiQueryOf(state: SearchState, trl: 'range' | 'min' | null, limit = 20): SearchQuery {
  const query: SearchQuery = { q: state.q || undefined, sort: state.sort, limit };
  for (const key of facetKeys) if (state.facets[key].length > 0) query[key] = state.facets[key].join(',');
  if (state.facets.language.length !== 1) delete query.language;
  if (trl && state.trlMin !== null) query.trlMin = state.trlMin;
  if (trl === 'range' && state.trlMax !== null) query.trlMax = state.trlMax;
  return query;
}
