/**
 * An amount in đồng as people type it: "1.500.000.000", "1,5 tỷ", "1500 triệu", "1 tỷ 200 triệu",
 * "2 billion", "750k". A separator followed by exactly three digits groups thousands ("1.500",
 * "1,500"); any other separator is the decimal mark ("1,5", "1.25"), so both the Vietnamese and
 * the English habits read right. The result is whole đồng.
 */
export type ParsedVnd = { ok: true; value: number | null } | { ok: false };

const units: [RegExp, number][] = [
  [/^(tỷ|tỉ|ty|ti|billion|bn|b)$/, 1e9],
  [/^(triệu|trieu|tr|million|mn|m)$/, 1e6],
  [/^(nghìn|ngàn|nghin|ngan|k|thousand)$/, 1e3],
];
const currencyWords = /(đồng|dong|vnđ|vnd|đ|₫)/g;
const amountPart = /(\d[\d.,\s]*\d|\d)\s*([^\d\s.,]+)?/gu;

function readNumber(text: string): number | null {
  const digits = text.replace(/\s/g, '');
  const groups = digits.split(/[.,]/);
  if (groups.length === 1) return Number(digits);
  const [head, ...rest] = groups;
  if (rest.every((g) => g.length === 3)) return Number(head! + rest.join(''));
  // One decimal mark, after any thousands groups: "1.234,5".
  const last = rest.pop()!;
  if (!rest.every((g) => g.length === 3)) return null;
  return Number(`${head!}${rest.join('')}.${last}`);
}

export function parseVnd(input: string): ParsedVnd {
  const text = input.normalize('NFC').toLowerCase().replace(currencyWords, ' ').trim();
  if (text === '') return { ok: true, value: null };
  let total = 0;
  let consumed = '';
  for (const match of text.matchAll(amountPart)) {
    const number = readNumber(match[1]!);
    const unitWord = match[2];
    const unit = unitWord ? units.find(([pattern]) => pattern.test(unitWord))?.[1] : 1;
    if (number === null || !Number.isFinite(number) || unit === undefined) return { ok: false };
    total += number * unit;
    consumed += match[0];
  }
  // Anything but the amounts and spaces (a stray word, a minus sign) makes the text unreadable.
  if (consumed.replace(/\s/g, '') !== text.replace(/\s/g, '')) return { ok: false };
  const value = Math.round(total);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
}
