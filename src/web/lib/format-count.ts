/**
 * A count as the reader's language writes it (6.500 in Vietnamese, 6,500 in English). An estimate
 * is rounded to two significant digits and marked "≈", so no one reads it as exact.
 */
export function formatCount(count: number, language: string, estimated = false): string {
  const shown = estimated ? Number(count.toPrecision(2)) : count;
  const text = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN').format(shown);
  return estimated ? `≈ ${text}` : text;
}
