import { textFeatures, tokenise, type TextLanguage, type Token } from '../text/tokenise.js';
import type { GlossaryTerm } from './types.js';

type Side = 'vi' | 'en';
const nonAscii = /[^\x00-\x7f]/;
type Pattern = { keys: string[]; concept: string; side: Side; translation: string; translationFeatures: string[] };

/** A glossary ready for look-ups; build once per glossary version with `compileGlossary`. */
export type CompiledGlossary = {
  viAccented: Map<string, Pattern[]>;
  viFolded: Map<string, Pattern[]>;
  en: Map<string, Pattern[]>;
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
  for (const tokens of phrases) {
    const covered: boolean[] = [];
    const scan = (index: Map<string, Pattern[]>, value: (t: Token) => string, single: boolean) => {
      tokens.forEach((token, start) => {
        for (const pattern of index.get(value(token)) ?? []) {
          const n = pattern.keys.length;
          if (single !== (n === 1) || (single && covered[start])) continue;
          if (!pattern.keys.every((k, j) => tokens[start + j] && value(tokens[start + j]) === k)) continue;
          for (let j = start; j < start + n; j++) covered[j] = true;
          const surface = tokens.slice(start, start + n).map((t) => t.surface).join(' ');
          const { concept, translation, translationFeatures, side } = pattern;
          found.push({ concept, surface, translation, translationFeatures, side });
        }
      });
    };
    // Multi-word terms first, so that `covered` is known before one-word terms are looked up.
    for (const single of [false, true]) {
      if (language === 'vi' && hasDiacritics) scan(glossary.viAccented, (t) => t.surface, single);
      else if (language === 'vi' && !single) scan(glossary.viFolded, (t) => t.key, single);
      scan(glossary.en, (t) => t.key, single);
    }
  }
  return found;
}

function flat(phrases: Token[][]): Token[] {
  return phrases.flat();
}

function keysOf(tokens: Token[], field: 'key' | 'surface'): string {
  return tokens.map((t) => t[field]).join(' ');
}

function add(index: Map<string, Pattern[]>, pattern: Pattern) {
  const first = pattern.keys[0];
  const list = index.get(first) ?? [];
  list.push(pattern);
  index.set(first, list);
}
