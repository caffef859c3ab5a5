import { fold } from './fold.js';
import { stemEnglish } from './stem.js';
import { isStopWord } from './stop-words.js';

/** One syllable (or English word): its search key (folded, stemmed) and the form it was written in. */
export type Token = { key: string; surface: string; stop: boolean };

/** Text in one language; a record's `language`, or guessed from its diacritics. */
export type TextLanguage = 'vi' | 'en';

// Punctuation ends a phrase: a bigram never spans "nước, mắm".
const phraseBreak = /[.,;:!?()[\]{}"“”'‘’/\\|…\n\r\t•–—]+/u;
const word = /[\p{L}\p{N}]+/gu;
const vietnameseLetters = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;

// Folding and stemming dominate tokenising; the vocabulary (Vietnamese has ~7,000 syllables)
// is small, so keys are memoised. Bounded so that odd input cannot grow it without limit.
const keyCache = new Map<string, string>();
const keyCacheLimit = 100_000;

function keyOf(surface: string): string {
  let key = keyCache.get(surface);
  if (key === undefined) {
    key = stemEnglish(fold(surface));
    if (keyCache.size >= keyCacheLimit) keyCache.clear();
    keyCache.set(surface, key);
  }
  return key;
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
  const diacritics = hasVietnameseDiacritics(text);
  for (const part of text.normalize('NFC').toLowerCase().split(phraseBreak)) {
    const tokens: Token[] = [];
    for (const match of part.matchAll(word)) {
      const surface = match[0];
      if (/^\d+$/.test(surface)) continue;
      tokens.push({ key: keyOf(surface), surface, stop: isStopWord(surface, language, diacritics) });
    }
    if (tokens.length > 0) phrases.push(tokens);
  }
  return phrases;
}

/** The keys of a phrase's tokens joined as one feature: ["nuoc", "mam"] → "nuoc mam". */
export function phraseKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

/**
 * Bag-of-features of a text: every non-stop syllable and every bigram of adjacent non-stop
 * syllables, so that "nước mắm" counts both as "nuoc", "mam" and as the unit "nuoc mam".
 */
export function textFeatures(text: string, language?: TextLanguage): string[] {
  return phraseFeatures(tokenise(text, language));
}

export function phraseFeatures(phrases: readonly Token[][]): string[] {
  return featureOccurrences(phrases).map((f) => f.feature);
}

/** Every feature occurrence with the words as written ("nuoc mam" ← "nước mắm"), for explanations. */
export function featureOccurrences(phrases: readonly Token[][]): Array<{ feature: string; surface: string }> {
  const out: Array<{ feature: string; surface: string }> = [];
  for (const tokens of phrases) {
    tokens.forEach((token, i) => {
      if (token.stop) return;
      out.push({ feature: token.key, surface: token.surface });
      const next = tokens[i + 1];
      if (next && !next.stop) out.push({ feature: phraseKey([token, next]), surface: `${token.surface} ${next.surface}` });
    });
  }
  return out;
}
