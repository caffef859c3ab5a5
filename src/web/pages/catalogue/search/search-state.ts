/** Filters a catalogue list can be narrowed by; each is a URL parameter of the page and of the API. */
export const facetKeys = ['field', 'sector', 'province', 'transferForm', 'country', 'ownerType', 'language'] as const;
export type FacetKey = (typeof facetKeys)[number];

export const sortOrders = ['relevance', 'newest', 'trl'] as const;
export type SortOrder = (typeof sortOrders)[number];

export type SearchState = {
  q: string;
  facets: Record<FacetKey, string[]>;
  trlMin: number | null;
  trlMax: number | null;
  sort: SortOrder;
};

const TRL_MIN = 1;
const TRL_MAX = 9;

function trlParam(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= TRL_MIN && n <= TRL_MAX ? n : null;
}

/** Reads the page URL (the shareable form of a search); unknown or malformed values are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const facets = {} as Record<FacetKey, string[]>;
  for (const key of facetKeys) {
    facets[key] = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  }
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    facets,
    trlMin: trlParam(params.get('trlMin')),
    trlMax: trlParam(params.get('trlMax')),
    sort: sortOrders.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

/** The URL parameters for a search state, leaving out what is at its default so links stay short. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of facetKeys) if (state.facets[key].length > 0) params.set(key, state.facets[key].join(','));
  if (state.trlMin !== null && state.trlMin > TRL_MIN) params.set('trlMin', String(state.trlMin));
  if (state.trlMax !== null && state.trlMax < TRL_MAX) params.set('trlMax', String(state.trlMax));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function activeFilterCount(state: SearchState): number {
  const facetCount = facetKeys.reduce((sum, key) => sum + state.facets[key].length, 0);
  return facetCount + (state.trlMin !== null || state.trlMax !== null ? 1 : 0);
}

export const TRL_RANGE = [TRL_MIN, TRL_MAX] as const;

/** The same search with every filter removed (the words and sort stay). */
export function withoutFilters(state: SearchState): SearchState {
  const facets = Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as SearchState['facets'];
  return { ...state, facets, trlMin: null, trlMax: null };
}
