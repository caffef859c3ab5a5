import { fold } from './fold.js';
import { stemEnglish } from './stem.js';
import { isStopWord } from './stop-words.js';
import { phrasesOfWords } from './words.js';

/** One syllable (or English word): its search key (folded, stemmed) and the form it was written in. */
export type Token = { readonly key: string; readonly surface: string; readonly stop: boolean };

/** Text in one language; a record's `language`, or guessed from its diacritics. */
export type TextLanguage = 'vi' | 'en';

const number = /^\d+$/;
const vietnameseLetters = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;

// Folding and stemming dominate tokenising, and a word's token depends only on its surface and on
// whether stop words apply (language, diacritics). The vocabulary (Vietnamese has ~7,000
// syllables) is small, so tokens are memoised and shared — hence readonly; `null` marks a pure
// number. Bounded so that odd input cannot grow the caches without limit.
const tokenCaches = { en: new Map<string, Token | null>(), vi: new Map<string, Token | null>(), viAccented: new Map<string, Token | null>() };
const tokenCacheLimit = 100_000;

function tokenOf(surface: string, language: TextLanguage, diacritics: boolean): Token | null {
  const cache = language === 'en' ? tokenCaches.en : diacritics ? tokenCaches.viAccented : tokenCaches.vi;
  let token = cache.get(surface);
  if (token === undefined) {
    token = number.test(surface) ? null : { key: stemEnglish(fold(surface)), surface, stop: isStopWord(surface, language, diacritics) };
    if (cache.size >= tokenCacheLimit) cache.clear();
    cache.set(surface, token);
  }
  return token;
}

export function hasVietnameseDiacritics(text: string): boolean {
  return vietnameseLetters.test(text.normalize('NFC').toLowerCase());
}

export function guessLanguage(text: string): TextLanguage {
  return hasVietnameseDiacritics(text) ? 'vi' : 'en';
}

/**
 * Splits text into phrases (at punctuation) of tokens. Stop words stay in the sequence,
 * flagged, so that phrase look-ups (the glossary) see the text as written.
 * Pure numbers are dropped: quantities ("20 ha", "300 kg") say little about a technology.
 */
export function tokenise(text: string, language: TextLanguage = guessLanguage(text)): Token[][] {
  const phrases: Token[][] = [];
  const normal = text.normalize('NFC').toLowerCase();
  const diacritics = vietnameseLetters.test(normal);
  for (const words of phrasesOfWords(normal)) {
    const tokens: Token[] = [];
    for (const word of words) {
      const token = tokenOf(word, language, diacritics);
      if (token) tokens.push(token);
    }
    if (tokens.length > 0) phrases.push(tokens);
  }
  return phrases;
}

/**
 * Bag-of-features of a text: every non-stop syllable and every bigram of adjacent non-stop
 * syllables, so that "nước mắm" counts both as "nuoc", "mam" and as the unit "nuoc mam".
 */
export function textFeatures(text: string, language?: TextLanguage): string[] {
  return phraseFeatures(tokenise(text, language));
}

export function phraseFeatures(phrases: readonly Token[][]): string[] {
  const out: string[] = [];
  forEachFeature(phrases, (feature) => out.push(feature));
  return out;
}

/**
 * Visits every feature occurrence of `textFeatures` in text order: a syllable alone, or a
 * bigram ("nuoc mam") with `next` its second syllable, so that a caller can show the words as
 * written. A callback rather than a list: ranking visits every feature of hundreds of records.
 */
export function forEachFeature(phrases: readonly Token[][], visit: (feature: string, token: Token, next: Token | null) => void): void {
  for (const tokens of phrases) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.stop) continue;
      visit(token.key, token, null);
      const next = tokens[i + 1];
      if (next && !next.stop) visit(`${token.key} ${next.key}`, token, next);
    }
  }
}
