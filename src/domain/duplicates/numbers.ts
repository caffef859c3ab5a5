/**
 * The quantities a record states ("100–300 kg/giờ", "1.100 kcal", "2,5 m"), normalised so that
 * the same specification written another way is the same number: "1.100" = "1,100" = "1100",
 * "2,5" = "2.5". Digits glued to a letter before them are part of a code (CO2, H2S, PM2.5), not
 * a quantity. Two different technologies from one template usually differ in these figures.
 */
const quantity = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu;
const thousands = /^\d{1,3}(?:[.,]\d{3})+$/;

/** A written number in one canonical form: "1.100" → "1100", "2,50" → "2.5", "007" → "7". */
export function normaliseNumber(written: string): string {
  if (thousands.test(written) && !/^0[.,]/.test(written)) return String(Number(written.replace(/[.,]/g, '')));
  const parts = written.split(/[.,]/);
  // "1.2.3" (a version, a date) is kept as written; it can only match itself.
  if (parts.length > 2) return written;
  return String(Number(parts.join('.')));
}

/** The distinct quantities of a text, canonical, in order of first appearance. */
export function quantities(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(quantity)) seen.add(normaliseNumber(match[0]));
  return [...seen];
}
