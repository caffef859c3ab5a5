/** An amount in đồng, grouped the Vietnamese way ("1.500.000.000 ₫"). */
export function formatVnd(amount: number | null | undefined, lang: string): string | null {
  if (amount === null || amount === undefined) return null;
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}
