/**
 * Search snippets with `<mark>` around matched words. Text and query are both accent-folded,
 * so "nuoc mam" marks "nước mắm". The text is HTML-escaped: the snippet is safe to render as HTML.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]!);

function foldChar(ch: string): string {
  return ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The folded text and, for each folded character, the index of the original character it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldChar(text[i]!);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return { folded, origin };
}

type Range = { start: number; end: number };

/** Ranges (in original indexes) of words that start with one of the folded terms. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const { folded, origin } = foldWithMap(text);
  const ranges: Range[] = [];
  const word = /[a-z0-9]+/g;
  for (const m of folded.matchAll(word)) {
    if (!terms.some((t) => m[0].startsWith(t))) continue;
    const start = origin[m.index]!;
    const end = origin[m.index + m[0].length - 1]! + 1;
    ranges.push({ start, end });
  }
  return ranges;
}

/** A snippet of about `maxLength` characters around the first match, or the text's start when nothing matches. */
export function highlight(text: string | null | undefined, terms: readonly string[], maxLength = 220): string | null {
  if (!text) return null;
  const source = text.normalize('NFC');
  const ranges = matchRanges(source, terms);
  let from = 0;
  if (ranges.length > 0 && ranges[0]!.end > maxLength) {
    from = Math.max(0, ranges[0]!.start - Math.floor(maxLength / 3));
    const space = source.lastIndexOf(' ', from);
    from = space > 0 && from - space < 20 ? space + 1 : from;
  }
  const to = Math.min(source.length, from + maxLength);
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const range of ranges) {
    if (range.start < from || range.end > to) continue;
    out += escapeHtml(source.slice(cursor, range.start)) + '<mark>' + escapeHtml(source.slice(range.start, range.end)) + '</mark>';
    cursor = range.end;
  }
  out += escapeHtml(source.slice(cursor, to));
  return to < source.length ? `${out}…` : out;
}
