import { fold } from '../text/fold.js';
import { phrasesOfWords } from '../text/words.js';

/**
 * Owner names compared the way people abbreviate them: "ĐH Bách khoa Hà Nội" is "Trường Đại học
 * Bách khoa Hà Nội", "Viện CNSH" is "Viện Công nghệ sinh học", "Cty TNHH Minh Phát" is
 * "Công ty TNHH Minh Phát".
 */

// Legal forms, kinds of institution and personal titles, folded, as whole words: they say nothing
// about who the owner is ("công ty" goes, "công nghệ" stays).
const noise = [
  ...['cong ty', 'cty', 'tnhh', 'mtv', 'co phan', 'ctcp', 'cp', 'jsc', 'ltd', 'llc', 'inc', 'gmbh', 'ag', 'corp', 'corporation', 'company'],
  ...['truong', 'dai hoc', 'dh', 'hoc vien', 'hv', 'vien', 'institute', 'university', 'ts', 'pgs', 'gs', 'ks', 'ths', 'bs'],
];
const noisePattern = new RegExp(`(?<![a-z0-9])(?:${noise.join('|')})(?![a-z0-9])`, 'g');

/** The words of an owner name that identify it, folded, legal forms and titles left out. */
export function ownerWords(name: string | null | undefined): string[] {
  if (!name) return [];
  return phrasesOfWords(fold(name).replace(noisePattern, ' ')).flat();
}

/** Whether `word` abbreviates a run of `words` by their initials: "cnsh" ← cong nghe sinh hoc, "vn" ← viet nam. */
function abbreviates(word: string, words: readonly string[]): boolean {
  if (word.length < 2) return false;
  return words
    .map((w) => w[0])
    .join('')
    .includes(word);
}

/**
 * Names agreeing this much are one owner: "ĐH Bách khoa Hà Nội" and "Trường Đại học Bách khoa Đà
 * Nẵng" share half their words and are two universities.
 */
export const SAME_OWNER = 0.75;

/**
 * How much two owner names agree, 0..1: the share of the shorter name's words found in the other
 * (as words or as initials), or null when either name is missing.
 */
export function ownerAgreement(a: readonly string[], b: readonly string[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const longSet = new Set(long);
  let found = 0;
  for (const word of short) if (longSet.has(word) || abbreviates(word, long)) found++;
  return found / short.length;
}
