import { fold } from '../text/fold.js';

/**
 * A search box query parsed the way web search engines read it: words, "quoted phrases",
 * `-excluded` words and `OR` between alternatives. Everything is accent-folded, so the query
 * matches the folded search document of the database. Only the last word is matched as a prefix
 * (the one still being typed): Vietnamese syllables are short, and "ca:*" alone would match
 * cá, cà, cao, cách, cải… — a third of the catalogue.
 */
export type ParsedSearch = {
  /** Text for `to_tsquery('simple', …)`; null when the query has no usable words. Exclusions alone exclude. */
  tsquery: string | null;
  /** Folded positive words, in order, for trigram matching and highlighting. */
  terms: string[];
  /** The positive words as one folded string, for trigram similarity. */
  folded: string;
  /**
   * The positive words of each way the query is read: as typed (the first) and, when widened
   * through the glossary (cross-language.ts), with its terms translated. A typo search corrects each reading
   * on its own: the words of one are not asked of the records that match the other.
   */
  readings: string[][];
  /**
   * The typed words next to each other and in order (`nuoc <-> mam:*`), or null for fewer than two.
   * Vietnamese words are several syllables: records where the syllables stand together rank first.
   */
  adjacent: string | null;
};

const MAX_UNITS = 16;

/**
 * Whether a word of the catalogue's vocabulary can stand in a query as it is: folded letters and
 * digits. The 'simple' parser's lexemes may hold punctuation (versions, e-mails), which to_tsquery
 * would read as several words.
 */
export const isQueryWord = (word: string) => /^[a-z0-9]+$/.test(word);

type Unit = { words: string[]; phrase: boolean; negated: boolean; prefix?: boolean };

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function lex(query: string): (Unit | 'OR')[] {
  const tokens: (Unit | 'OR')[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of query.normalize('NFC').matchAll(pattern)) {
    if (match[3] === 'OR') {
      tokens.push('OR');
      continue;
    }
    const negated = match[1] === '-' || (match[3]?.startsWith('-') ?? false);
    const raw = match[2] ?? match[3]!.replace(/^-+/, '');
    const words = wordsOf(raw);
    if (words.length === 0) continue;
    const phrase = match[2] !== undefined;
    // Unquoted "nước-mắm" or "v2.0" splits into words that must all match, like separate words.
    if (phrase || negated) tokens.push({ words, phrase, negated });
    else for (const word of words) tokens.push({ words: [word], phrase: false, negated: false });
  }
  return tokens.slice(0, MAX_UNITS * 2);
}

function render(unit: Unit): string {
  const last = (w: string) => (unit.prefix ? `${w}:*` : w);
  const body = unit.phrase ? unit.words.map((w, i) => (i === unit.words.length - 1 ? last(w) : w)).join(' <-> ') : last(unit.words[0]!);
  const grouped = unit.phrase && unit.words.length > 1 ? `(${body})` : body;
  return unit.negated ? `!${grouped}` : grouped;
}

/** `lastWordTyped`: whether the last word is the one still being typed, matched as a prefix (it is unless said otherwise). */
export function parseSearchQuery(query: string | null | undefined, { lastWordTyped = true } = {}): ParsedSearch {
  const tokens = lex(query ?? '');
  const groups: Unit[][] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === 'OR') {
      // An exclusion has no alternatives: "-a OR b" reads as "-a b".
      joinNext = groups.length > 0 && !groups[groups.length - 1]!.some((u) => u.negated);
      continue;
    }
    if (joinNext && !token.negated) groups[groups.length - 1]!.push(token);
    else groups.push([token]);
    joinNext = false;
  }
  const kept = groups.slice(0, MAX_UNITS);
  const lastUnit = kept.at(-1)?.at(-1);
  if (lastUnit && !lastUnit.negated) lastUnit.prefix = lastWordTyped;
  const terms = kept.flatMap((g) => g.filter((u) => !u.negated).flatMap((u) => u.words));
  const tsquery = kept.length > 0 ? kept.map((g) => (g.length > 1 ? `(${g.map(render).join(' | ')})` : render(g[0]!))).join(' & ') : null;
  const plainWords = kept.filter((g) => g.length === 1 && !g[0]!.negated && !g[0]!.phrase).map((g) => render(g[0]!));
  const adjacent = plainWords.length > 1 ? plainWords.join(' <-> ') : null;
  const unique = [...new Set(terms)];
  return { tsquery, terms: unique, folded: terms.join(' '), adjacent, readings: unique.length > 0 ? [unique] : [] };
}
