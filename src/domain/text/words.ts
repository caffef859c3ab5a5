// Punctuation ends a phrase: a bigram never spans "nước, mắm".
const phraseBreaks = '.,;:!?()[]{}"“”\'‘’/\\|…\n\r\t•–—';
const letterOrDigit = /^[\p{L}\p{N}]$/u;

const word = 1;
const phraseBreak = 2;
const separator = 3;
type Kind = typeof word | typeof phraseBreak | typeof separator;

// The kind of each UTF-16 code unit, learnt on first sight: a regular expression over Unicode
// properties, run on every character, took most of the time of tokenising.
const kinds = new Uint8Array(0x10000);

function kindOfUnit(code: number): Kind {
  let kind = kinds[code] as Kind | 0;
  if (kind === 0) {
    const character = String.fromCharCode(code);
    kind = phraseBreaks.includes(character) ? phraseBreak : letterOrDigit.test(character) ? word : separator;
    kinds[code] = kind;
  }
  return kind;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The words of a text grouped into phrases. A word is a run of letters and digits (Unicode
 * \p{L} and \p{N}, beyond the Basic Multilingual Plane too); punctuation such as `.,;()` and
 * line breaks end a phrase; anything else (spaces, hyphens, symbols) separates words only.
 */
export function phrasesOfWords(text: string): string[][] {
  const phrases: string[][] = [];
  let words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const pair = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1));
    const kind = pair ? (letterOrDigit.test(text.slice(i, i + 2)) ? word : separator) : kindOfUnit(code);
    if (kind !== word && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    if (kind === word && start < 0) start = i;
    if (kind === phraseBreak && words.length > 0) {
      phrases.push(words);
      words = [];
    }
    i += pair ? 2 : 1;
  }
  if (start >= 0) words.push(text.slice(start));
  if (words.length > 0) phrases.push(words);
  return phrases;
}
