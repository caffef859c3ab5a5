import { findTerms, type CompiledGlossary, type TermMatch } from '../matching/glossary.js';
import { tokenise } from '../text/tokenise.js';
import { parseSearchQuery, type ParsedSearch } from './search-query.js';

/** What a search widened: each glossary term found in the query and its other-language form. */
export type SearchWidening = {
  terms: Array<{ from: string; to: string }>;
  /** The query as it was also searched for, each term replaced by its translation. */
  alternative: string;
};

/**
 * A query widened through the glossary, so that "fish sauce" also finds "nước mắm" and the
 * reverse: the query is searched as typed OR with each glossary term replaced by the other
 * language's form. Terms inside exclusions are left alone. Null when no term of the glossary is
 * in the query. A term of several words next to OR is left alone: as a quoted phrase it would
 * regroup the query ("heat pump OR nano" is heat AND (pump OR nano), not "heat pump" OR nano).
 */
export function widenSearch(query: string, parsed: ParsedSearch, glossary: CompiledGlossary): { parsed: ParsedSearch; widening: SearchWidening } | null {
  if (!parsed.tsquery) return null;
  const positive = query
    .normalize('NFC')
    .replace(/(^|\s)-("[^"]*"?|\S+)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!positive) return null;
  const found = new Map<string, TermMatch>();
  for (const language of ['vi', 'en'] as const) {
    for (const term of findTerms(glossary, tokenise(positive.toLowerCase(), language), language)) {
      const to = term.translation.normalize('NFC').toLowerCase();
      if (to !== term.surface && !found.has(term.surface)) found.set(term.surface, { ...term, translation: to });
    }
  }
  if (found.size === 0) return null;
  // Longer terms first, so "fish sauce" is replaced before a one-word term inside it could be.
  // Found in lower case, replaced in the query as typed (so "OR" keeps its meaning).
  let alternative = positive;
  let endsInVietnamese = false;
  const terms: SearchWidening['terms'] = [];
  for (const term of [...found.values()].sort((a, b) => b.surface.length - a.surface.length)) {
    const at = alternative.toLowerCase().indexOf(term.surface);
    if (at < 0) continue;
    const nextToOr = /(^|\s)OR\s+$/.test(alternative.slice(0, at)) || /^\s+OR(\s|$)/.test(alternative.slice(at + term.surface.length));
    if (term.surface.includes(' ') && nextToOr) continue;
    if (at + term.surface.length === alternative.length) endsInVietnamese = term.side === 'en';
    alternative = `${alternative.slice(0, at)}"${term.translation}"${alternative.slice(at + term.surface.length)}`;
    terms.push({ from: term.surface, to: term.translation });
  }
  // A Vietnamese translation is a whole term, not a word being typed: as a prefix its last syllable
  // would also find others ("nuôi cấy mô:*" finds "mới", "một", "môi"), and a prefix of a short
  // syllable covers so many words that the index reads them all (136,000 rows for "tissue culture" at
  // 1,000,000 offers). An English one keeps it, for plurals.
  const other = parseSearchQuery(alternative, { lastWordTyped: !endsInVietnamese });
  if (terms.length === 0 || !other.tsquery || other.tsquery === parsed.tsquery) return null;
  return {
    parsed: {
      tsquery: `(${parsed.tsquery}) | (${other.tsquery})`,
      terms: [...new Set([...parsed.terms, ...other.terms])],
      folded: parsed.folded,
      adjacent: parsed.adjacent,
      readings: [...parsed.readings, ...other.readings],
    },
    widening: { terms: terms.reverse(), alternative },
  };
}
