import type { SignalResult } from './types.js';

const none: SignalResult = { value: 0 };

/** Same level-2 S&T field (e.g. 206) counts fully; only the same level-1 group (2) counts half. */
export function fieldAgreement(demandFields: readonly string[], offerFields: readonly string[]): SignalResult {
  const shared = demandFields.find((code) => offerFields.includes(code));
  if (shared) return { value: 1, reason: { kind: 'same-field', params: { code: shared } } };
  const groups = new Set(offerFields.map(fieldGroup));
  const group = demandFields.map(fieldGroup).find((g) => groups.has(g));
  return group ? { value: 0.5, reason: { kind: 'same-field-group', params: { code: group } } } : none;
}

/** Level-1 S&T field of a code: its first digit ("206" → "2"). */
function fieldGroup(code: string): string {
  return code.slice(0, 1);
}

export function sectorAgreement(demandSectors: readonly string[], offerSectors: readonly string[]): SignalResult {
  const shared = demandSectors.find((code) => offerSectors.includes(code));
  return shared ? { value: 1, reason: { kind: 'same-sector', params: { code: shared } } } : none;
}

/** An offer at or above the demand's minimum TRL fits; each level short costs a third. */
export function trlFit(trl: number | null, minTrl: number | null): SignalResult {
  if (trl == null || minTrl == null) return none;
  if (trl >= minTrl) return { value: 1, reason: { kind: 'trl-fit', params: { trl, minTrl } } };
  return { value: -Math.min(1, (minTrl - trl) / 3), reason: { kind: 'trl-below', params: { trl, minTrl } } };
}

/** A price within budget fits; no price means negotiable and says nothing; the penalty grows with the excess. */
export function budgetFit(priceVnd: number | null, budgetVnd: number | null): SignalResult {
  if (priceVnd == null || budgetVnd == null || budgetVnd <= 0) return none;
  if (priceVnd <= budgetVnd) return { value: 1, reason: { kind: 'within-budget', params: { priceVnd, budgetVnd } } };
  return { value: -Math.min(1, priceVnd / budgetVnd - 1), reason: { kind: 'over-budget', params: { priceVnd, budgetVnd } } };
}

/** A foreign offer is worth pointing out; it counts only for a demand that seeks technology abroad. */
export function foreignSource(country: string | null, seekAbroad: boolean): SignalResult {
  if (!country || country.toUpperCase() === 'VN') return none;
  return { value: seekAbroad ? 1 : 0, reason: { kind: 'foreign-source', params: { country: country.toUpperCase() } } };
}
