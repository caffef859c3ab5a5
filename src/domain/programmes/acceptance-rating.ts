/**
 * The acceptance rating of a task (nghiệm thu): each product is rated on quantity and on quality,
 * the final report is rated, and the overall rating follows a rule kept as methodology data.
 */
export const ratings = ['excellent', 'satisfactory', 'unsatisfactory'] as const;
export type Rating = (typeof ratings)[number];

export type ProductRating = { productId: string; quantity: Rating; quality: Rating };

/**
 * Shares are of the products' criteria (one quantity and one quality criterion per product).
 * Satisfactory: at least `qualityShare` of quality and `quantityShare` of quantity criteria are
 * satisfactory or better, and the final report is at least `finalReport`.
 * Excellent: satisfactory, no criterion below `floor`, at least `excellentShare` of all criteria
 * (quantity and quality together) excellent, and the final report at least `finalReport`.
 */
export type AcceptanceRule = {
  satisfactory: { qualityShare: number; quantityShare: number; finalReport: Rating };
  excellent: { excellentShare: number; floor: Rating; finalReport: Rating };
};

/**
 * The default methodology: every quality criterion and three quarters of the quantity criteria
 * satisfactory, and the final report; excellent when moreover nothing is unsatisfactory and at
 * least half of all criteria are excellent (our reading of the excellent level; adjust as data).
 */
export const defaultAcceptanceRule: AcceptanceRule = {
  satisfactory: { qualityShare: 1, quantityShare: 0.75, finalReport: 'satisfactory' },
  excellent: { excellentShare: 0.5, floor: 'satisfactory', finalReport: 'satisfactory' },
};

export type AcceptanceShortfall = 'no-products' | 'quality' | 'quantity' | 'final-report' | 'floor' | 'excellent-share';

export type AcceptanceOutcome = {
  rating: Rating;
  /** Why the task did not reach the next level up (empty for excellent). */
  shortfalls: AcceptanceShortfall[];
  qualityShare: number;
  quantityShare: number;
  excellentShare: number;
};

const level = (rating: Rating) => ratings.length - 1 - ratings.indexOf(rating);
const atLeast = (rating: Rating, threshold: Rating) => level(rating) >= level(threshold);
const share = (items: readonly Rating[], test: (r: Rating) => boolean) => (items.length === 0 ? 0 : items.filter(test).length / items.length);
// Shares such as 3/4 against 0.75 must not fail on rounding.
const reaches = (value: number, threshold: number) => value + 1e-9 >= threshold;

/** The overall rating of an acceptance and, when it falls short, the criteria that held it back. */
export function rateAcceptance(products: readonly ProductRating[], finalReport: Rating, rule: AcceptanceRule = defaultAcceptanceRule): AcceptanceOutcome {
  const quality = products.map((p) => p.quality);
  const quantity = products.map((p) => p.quantity);
  const all = [...quantity, ...quality];
  const qualityShare = share(quality, (r) => atLeast(r, 'satisfactory'));
  const quantityShare = share(quantity, (r) => atLeast(r, 'satisfactory'));
  const excellentShare = share(all, (r) => r === 'excellent');
  const figures = { qualityShare, quantityShare, excellentShare };

  if (products.length === 0) return { rating: 'unsatisfactory', shortfalls: ['no-products'], ...figures };
  const unsatisfactory: AcceptanceShortfall[] = [];
  if (!reaches(qualityShare, rule.satisfactory.qualityShare)) unsatisfactory.push('quality');
  if (!reaches(quantityShare, rule.satisfactory.quantityShare)) unsatisfactory.push('quantity');
  if (!atLeast(finalReport, rule.satisfactory.finalReport)) unsatisfactory.push('final-report');
  if (unsatisfactory.length > 0) return { rating: 'unsatisfactory', shortfalls: unsatisfactory, ...figures };

  const satisfactory: AcceptanceShortfall[] = [];
  if (!all.every((r) => atLeast(r, rule.excellent.floor))) satisfactory.push('floor');
  if (!reaches(excellentShare, rule.excellent.excellentShare)) satisfactory.push('excellent-share');
  if (!atLeast(finalReport, rule.excellent.finalReport)) satisfactory.push('final-report');
  if (satisfactory.length > 0) return { rating: 'satisfactory', shortfalls: satisfactory, ...figures };
  return { rating: 'excellent', shortfalls: [], ...figures };
}
