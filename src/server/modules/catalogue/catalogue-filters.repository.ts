import { arrayOverlaps, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { catalogueTables } from './catalogue.repository.js';
import type { SearchFilter } from './search-filter.js';

/**
 * Catalogue filters read the GIN-indexed `filter_tokens` column, which holds a record's codes as
 * `facet:code` (`field:201`, `trl:6`, `vsic:C`; see the catalogue schema): filters on several facets
 * are intersected in the index rather than by reading the records.
 */
function hasAnyCode(tokens: AnyPgColumn, facets: string | readonly string[], codes: readonly string[] | undefined): SQL | undefined {
  if (!codes?.length) return undefined;
  return arrayOverlaps(
    tokens,
    [facets].flat().flatMap((facet) => codes.map((code) => `${facet}:${code}`)),
  );
}

const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Records whose TRL lies between `min` and `max` (either may be open); none when they cross. */
function hasTrlBetween(tokens: AnyPgColumn, min: number | undefined, max: number | undefined): SQL | undefined {
  if (min === undefined && max === undefined) return undefined;
  const levels = TRL_LEVELS.filter((level) => level >= (min ?? 1) && level <= (max ?? 9)).map(String);
  return levels.length ? hasAnyCode(tokens, 'trl', levels) : sql`false`;
}

function condition(type: CatalogueType, filter: SearchFilter): SQL | undefined {
  const table = catalogueTables[type];
  switch (filter.by) {
    case 'codes':
      return hasAnyCode(table.filterTokens, filter.facets, filter.codes);
    case 'trl':
      return hasTrlBetween(table.filterTokens, filter.min, filter.max);
    case 'flag': {
      const column = (getTableColumns(table) as Record<string, AnyPgColumn>)[filter.column];
      if (!column) throw new Error(`${type} has no column ${filter.column}`);
      return filter.value === undefined ? undefined : eq(column, filter.value);
    }
    default: {
      const never: never = filter;
      return never;
    }
  }
}

/** The WHERE of a public list: one of `statuses`, and every filter; several codes in one filter mean "any of". */
export function filterConditions(type: CatalogueType, statuses: readonly string[], filters: readonly SearchFilter[]): SQL[] {
  const conditions = [inArray(catalogueTables[type].status, [...statuses]), ...filters.map((filter) => condition(type, filter))];
  return conditions.filter((c): c is SQL => !!c);
}
