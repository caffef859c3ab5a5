import { textFeatures, tokenise, type TextLanguage, type Token } from '../text/tokenise.js';
import type { GlossaryTerm } from './types.js';

type Side = 'vi' | 'en';
const nonAscii = /[^\p{ASCII}]/u;
type Pattern = { keys: string[]; concept: string; side: Side; translation: string; translationFeatures: string[] };
/**
 * Terms by their first word: the multi-word ones, and the first one-word term (a word is
 * reported as one term at most, so later one-word terms of the same word never match).
 */
type TermIndex = Map<string, { multi: Pattern[]; single: Pattern | null }>;

/** A glossary ready for look-ups; build once per glossary version with `compileGlossary`. */
export type CompiledGlossary = {
  viAccented: TermIndex;
  viFolded: TermIndex;
  en: TermIndex;
};

/** A glossary term found in a text: its concept, the words as written, the other language's term and its features. */
export type TermMatch = { concept: string; surface: string; translation: string; translationFeatures: string[]; side: Side };

/**
 * Terms that share a Vietnamese or an English form are one concept ("bột cá" = "fishmeal" =
 * "fish meal"), so an English offer and a Vietnamese demand meet on the concept id.
 */
export function compileGlossary(terms: readonly GlossaryTerm[]): CompiledGlossary {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    parent.set(find(a), find(b));
  };
  const compiled = terms
    .map((term) => ({ term, vi: flat(tokenise(term.vi, 'vi')), en: flat(tokenise(term.en, 'en')) }))
    .filter((t) => t.vi.length > 0 && t.en.length > 0);
  for (const t of compiled) union(`vi:${keysOf(t.vi, 'key')}`, `en:${keysOf(t.en, 'key')}`);

  const glossary: CompiledGlossary = { viAccented: new Map(), viFolded: new Map(), en: new Map() };
  for (const t of compiled) {
    const concept = find(`en:${keysOf(t.en, 'key')}`);
    const toEnglish = { concept, side: 'vi' as const, translation: t.term.en, translationFeatures: textFeatures(t.term.en, 'en') };
    add(glossary.viAccented, { keys: t.vi.map((x) => x.surface), ...toEnglish });
    add(glossary.viFolded, { keys: t.vi.map((x) => x.key), ...toEnglish });
    add(glossary.en, { keys: t.en.map((x) => x.key), concept, side: 'en', translation: t.term.vi, translationFeatures: textFeatures(t.term.vi, 'vi') });
  }
  return glossary;
}

/**
 * Glossary terms in tokenised text, multi-word terms first. Vietnamese terms are
 * compared with their diacritics when the text has them ("bơ" avocado is not "bò" cattle);
 * text typed without diacritics is compared folded, but only on multi-syllable terms, where
 * folding is rarely ambiguous. A one-word term inside a longer match is not reported
 * ("nghệ" turmeric inside "công nghệ").
 */
export function findTerms(glossary: CompiledGlossary, phrases: readonly Token[][], language: TextLanguage): TermMatch[] {
  const found: TermMatch[] = [];
  // Surfaces are NFC lower case: any letter outside ASCII is a Vietnamese one.
  const hasDiacritics = phrases.some((tokens) => tokens.some((t) => nonAscii.test(t.surface)));
  const english: Lookup = { index: glossary.en, form: key };
  const vietnamese: Lookup = hasDiacritics ? { index: glossary.viAccented, form: surface } : { index: glossary.viFolded, form: key };
  const multiWord = language === 'en' ? [english] : [vietnamese, english];
  const oneWord = language === 'vi' && hasDiacritics ? [vietnamese, english] : [english];
  for (const tokens of phrases) {
    // Multi-word terms first, so that `covered` is known before one-word terms are looked up.
    const covered: boolean[] = [];
    for (const { index, form } of multiWord) {
      for (let start = 0; start < tokens.length; start++) {
        for (const pattern of index.get(form(tokens[start]))?.multi ?? noTerms) {
          if (!matchesAt(tokens, start, pattern.keys, form)) continue;
          for (let j = start; j < start + pattern.keys.length; j++) covered[j] = true;
          found.push(termMatch(pattern, tokens, start));
        }
      }
    }
    for (const { index, form } of oneWord) {
      for (let start = 0; start < tokens.length; start++) {
        const pattern = covered[start] ? null : index.get(form(tokens[start]))?.single;
        if (!pattern) continue;
        covered[start] = true;
        found.push(termMatch(pattern, tokens, start));
      }
    }
  }
  return found;
}

/** Where to look a token up, and by which of its forms: as written, or its search key. */
type Lookup = { index: TermIndex; form: (token: Token) => string };
const noTerms: readonly Pattern[] = [];
const key = (token: Token) => token.key;
const surface = (token: Token) => token.surface;

function matchesAt(tokens: readonly Token[], start: number, keys: readonly string[], form: Lookup['form']): boolean {
  if (start + keys.length > tokens.length) return false;
  for (let j = 1; j < keys.length; j++) if (form(tokens[start + j]) !== keys[j]) return false;
  return true;
}

function termMatch(pattern: Pattern, tokens: readonly Token[], start: number): TermMatch {
  let surface = tokens[start].surface;
  for (let j = start + 1; j < start + pattern.keys.length; j++) surface += ` ${tokens[j].surface}`;
  const { concept, translation, translationFeatures, side } = pattern;
  return { concept, surface, translation, translationFeatures, side };
}

function flat(phrases: Token[][]): Token[] {
  return phrases.flat();
}

function keysOf(tokens: Token[], field: 'key' | 'surface'): string {
  return tokens.map((t) => t[field]).join(' ');
}

function add(index: TermIndex, pattern: Pattern) {
  const first = pattern.keys[0];
  const entry = index.get(first) ?? { multi: [], single: null };
  if (pattern.keys.length > 1) entry.multi.push(pattern);
  else entry.single ??= pattern;
  index.set(first, entry);
}
