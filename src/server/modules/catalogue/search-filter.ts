/**
 * A list filter as data: each kind of record says which filters its list query has (kinds/*.kind.ts),
 * the repository says how they read the indexed `filter_tokens` column (catalogue-filters.repository.ts).
 */
export type SearchFilter =
  /** Records with any of `codes` under one of `facets` (`field:201`, `vsic:C`); no condition when `codes` is empty. */
  | { by: 'codes'; facets: string | readonly string[]; codes: readonly string[] | undefined }
  /** Records whose TRL lies between `min` and `max` (either may be open). */
  | { by: 'trl'; min: number | undefined; max: number | undefined }
  /** Records whose boolean column equals `value`; no condition when undefined. */
  | { by: 'flag'; column: string; value: boolean | undefined };

/** A filter on the codes of one or more facets. */
export const anyCode = (facets: string | readonly string[], codes: readonly string[] | undefined): SearchFilter => ({ by: 'codes', facets, codes });

/** A filter on the TRL range. */
export const trlBetween = (min: number | undefined, max: number | undefined): SearchFilter => ({ by: 'trl', min, max });

/** A filter on a boolean column. */
export const flagIs = (column: string, value: boolean | undefined): SearchFilter => ({ by: 'flag', column, value });

/** The query of every public list, after the province filter is resolved to current codes. */
type CommonListQuery = { field?: string[]; province?: string[]; country?: string[]; language?: string };

/** Filters every list has: S&T field, province, country and language. */
export function commonFilters(query: CommonListQuery): SearchFilter[] {
  return [
    anyCode('field', query.field),
    anyCode('province', query.province),
    anyCode(
      'country',
      query.country?.map((c) => c.toUpperCase()),
    ),
    anyCode('language', query.language ? [query.language] : undefined),
  ];
}
