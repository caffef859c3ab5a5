// VSIC 2018 follows ISIC Rev. 4 at levels 1–2: each section spans a range of two-digit divisions.
const sectionRanges: Array<[section: string, first: number, last: number]> = [
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

/** The VSIC section (letter) of a two-digit division, e.g. "10" → "C"; null when it is not a division. */
export function vsicSection(division: string): string | null {
  if (!/^\d{2}$/.test(division)) return null;
  const n = Number(division);
  return sectionRanges.find(([, first, last]) => n >= first && n <= last)?.[0] ?? null;
}
