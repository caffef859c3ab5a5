import { formatVnd } from '../catalogue/money.js';

export { formatVnd };

const scales = [
  { size: 1_000_000_000, vi: 'tỷ đồng', en: 'billion' },
  { size: 1_000_000, vi: 'triệu đồng', en: 'million' },
] as const;

/** A large amount the way people say it: "2 tỷ đồng", "515,5 tỷ đồng"; in English "VND 2 billion". */
export function formatVndShort(amount: number | null | undefined, lang: string): string | null {
  if (amount === null || amount === undefined) return null;
  const english = lang === 'en';
  const scale = scales.find((s) => Math.abs(amount) >= s.size);
  if (!scale) return formatVnd(amount, lang);
  const number = new Intl.NumberFormat(english ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(amount / scale.size);
  return english ? `VND ${number} ${scale.en}` : `${number} ${scale.vi}`;
}
