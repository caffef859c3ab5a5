/**
 * VSIC 2018 codes: a section letter (A–U), or a division (2 digits) down to a subclass (5 digits).
 * The catalogue classifies records by section, maps and roadmaps often by a finer code, so codes
 * are compared as paths that start with the section: "10203" (fish sauce) lies under "C".
 */
const sectionDivisions: [section: string, first: number, last: number][] = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

const codeShape = /^(?:[A-U]|\d{2,5})$/;

/** The code as a path from its section ("10203" → "C10203", "c" → "C"), or null when it is not a VSIC code. */
export function vsicPath(code: string): string | null {
  const clean = code.trim().toUpperCase();
  if (!codeShape.test(clean)) return null;
  if (/^[A-U]$/.test(clean)) return clean;
  const division = Number(clean.slice(0, 2));
  const section = sectionDivisions.find(([, first, last]) => division >= first && division <= last);
  return section ? section[0] + clean : null;
}

/** Whether one code lies under the other (or they are the same). */
export function vsicOverlaps(a: string, b: string): boolean {
  const pa = vsicPath(a);
  const pb = vsicPath(b);
  return pa !== null && pb !== null && (pa.startsWith(pb) || pb.startsWith(pa));
}
