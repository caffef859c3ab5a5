import type { FacetName } from '../../../shared/catalogue/catalogue.schemas.js';

/**
 * A record's facet codes live in one generated column, `facet_key` (`C|79|VN|enterprise|vi|6|201,203`:
 * one code per scalar facet, then the codes of the list facet), and a search returns the keys of
 * all its matches joined by `;`. Codes are letters, digits and hyphens, so the separators cannot
 * occur in them.
 */
export const FACET_KEY_SEPARATOR = ';';
const [ROW, COLUMN, ITEM] = [FACET_KEY_SEPARATOR, '|', ','].map((c) => c.charCodeAt(0));

export type FacetCounts = Partial<Record<FacetName, { code: string; count: number }[]>>;

/**
 * Counts per code of each facet (`names` in the order of the key), most frequent first; an empty
 * code is not counted. One pass over the characters: a search can match tens of thousands of
 * rows, and splitting the string into arrays cost as much as the database's scan.
 */
export function tallyFacets(names: readonly FacetName[], keys: string | null): FacetCounts {
  const tallies = names.map(() => new Map<string, number>());
  const text = keys ?? '';
  let column = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = i < text.length ? text.charCodeAt(i) : ROW;
    if (char !== ROW && char !== COLUMN && char !== ITEM) continue;
    if (i > start) {
      const code = text.slice(start, i);
      const tally = tallies[column]!;
      tally.set(code, (tally.get(code) ?? 0) + 1);
    }
    column = char === ROW ? 0 : char === COLUMN ? column + 1 : column;
    start = i + 1;
  }
  const facets: FacetCounts = {};
  names.forEach((name, i) => {
    facets[name] = [...tallies[i]!].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  });
  return facets;
}
