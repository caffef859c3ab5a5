import { arrayOverlaps, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Catalogue filters read the GIN-indexed `filter_tokens` column, which holds a record's codes as
 * `facet:code` (`field:201`, `trl:6`, `vsic:C`; see the catalogue schema): filters on several facets
 * are intersected in the index rather than by reading the records.
 */
export function hasAnyCode(tokens: AnyPgColumn, facets: string | readonly string[], codes: readonly string[] | undefined): SQL | undefined {
  if (!codes?.length) return undefined;
  return arrayOverlaps(
    tokens,
    [facets].flat().flatMap((facet) => codes.map((code) => `${facet}:${code}`)),
  );
}

const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Records whose TRL lies between `min` and `max` (either may be open); none when they cross. */
export function hasTrlBetween(tokens: AnyPgColumn, min: number | undefined, max: number | undefined): SQL | undefined {
  if (min === undefined && max === undefined) return undefined;
  const levels = TRL_LEVELS.filter((level) => level >= (min ?? 1) && level <= (max ?? 9)).map(String);
  return levels.length ? hasAnyCode(tokens, 'trl', levels) : sql`false`;
}
