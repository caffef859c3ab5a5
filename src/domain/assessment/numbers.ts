/**
 * Rounding and display of figures. Points are rounded half up to 2 decimals, shares and the
 * coefficient to 4; each figure is rounded once, from the rounded figures below it, so a reader
 * can recompute a report by hand from what it shows.
 */

const factors = [1, 10, 100, 1000, 10000];

/** Half-up rounding to `decimals`; the nudge keeps 1.005 from becoming 1.00 through binary error. */
export function round(value: number, decimals: number): number {
  const factor = factors[decimals] ?? 10 ** decimals;
  return Math.round(value * factor + Math.sign(value) * 1e-9) / factor;
}

export const roundPoints = (value: number) => round(value, 2);
export const roundShare = (value: number) => round(value, 4);

/** A number for people: at most 2 decimals, Vietnamese "1.234,5" or English "1,234.5". */
export function formatNumber(value: number, language: 'vi' | 'en'): string {
  const [whole, fraction] = String(round(Math.abs(value), 2)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'vi' ? '.' : ',');
  const sign = value < 0 && (whole !== '0' || fraction) ? '-' : '';
  return sign + grouped + (fraction ? (language === 'vi' ? ',' : '.') + fraction : '');
}
