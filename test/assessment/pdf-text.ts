import { inflateSync } from 'node:zlib';

/** Each stream of a PDF, inflated when it is compressed. */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream\n', at);
    if (start < 0) return out;
    const end = pdf.indexOf('\nendstream', start);
    if (end < 0) return out;
    const body = pdf.subarray(start + 'stream\n'.length, end);
    let text: string;
    try {
      text = inflateSync(body).toString('latin1');
    } catch {
      text = body.toString('latin1');
    }
    out.push(text);
    at = end + '\nendstream'.length;
  }
}

/** The glyph → text maps of the embedded fonts (pdfkit's ToUnicode CMaps: bfrange with arrays). */
function cmaps(all: string[]): Array<Map<number, string>> {
  return all
    .filter((s) => s.includes('beginbfrange'))
    .map((s) => {
      const map = new Map<number, string>();
      for (const m of s.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/gi)) {
        const first = parseInt(m[1], 16);
        [...m[2].matchAll(/<([0-9a-f ]+)>/gi)].forEach((entry, i) => {
          const units = entry[1].split(' ').map((h) => parseInt(h, 16));
          map.set(first + i, String.fromCharCode(...units));
        });
      }
      return map;
    });
}

/**
 * The text of a pdfkit PDF as readable lines, decoded with each font's map in turn (a run is
 * garbage under the wrong font's map, which no assertion can mistake for the words it looks for).
 */
export function pdfText(pdf: Buffer): string {
  const all = streams(pdf);
  const maps = cmaps(all);
  const lines: string[] = [];
  for (const content of all.filter((s) => /\bTJ\b/.test(s))) {
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...array[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('');
      const codes = hex.match(/.{4}/g)?.map((h) => parseInt(h, 16)) ?? [];
      for (const map of maps) lines.push(codes.map((c) => map.get(c) ?? '').join(''));
    }
  }
  return lines.join('\n').normalize('NFC');
}

/** The number of pages of a PDF (its page objects, not the page tree's nodes). */
export const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
