// Tone marks in Unicode NFD: grave, acute, tilde, hook above, dot below.
const tone = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const oldStyleOa = new RegExp(`([oO])([aAeE])(${tone})(?![\\p{L}\\p{M}])`, 'gu');
const oldStyleUy = new RegExp(`(?<![qQ])([uU])([yY])(${tone})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Vietnamese written with the tone mark where the current convention puts it: "hoá" → "hóa",
 * "khoẻ" → "khỏe", "thuỷ" → "thủy" (open syllables ending in oa, oe, uy; "quý" and closed syllables
 * such as "hoàng" are the same in both conventions). Two records typed by different people then
 * spell a word alike. Returns NFC.
 */
export function normaliseToneMarks(text: string): string {
  return text.normalize('NFD').replace(oldStyleOa, '$1$3$2').replace(oldStyleUy, '$1$3$2').normalize('NFC');
}
