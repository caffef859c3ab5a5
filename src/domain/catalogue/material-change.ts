/** Field-level comparison of a record before and after an edit. Pure. */

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return (a ?? null) === (b ?? null);
}

/** Names of the fields in `patch` whose value differs from `current` (absent fields are unchanged). */
export function changedFields<T extends Record<string, unknown>>(current: T, patch: Partial<T>): (keyof T & string)[] {
  return (Object.keys(patch) as (keyof T & string)[]).filter((key) => patch[key] !== undefined && !same(current[key], patch[key]));
}

/**
 * Whether an edit changes what moderators vouched for. Contact details and validity dates
 * are not material: fixing a phone-number typo must not unpublish an offer.
 */
export function isMaterialChange(changed: readonly string[], nonMaterialFields: readonly string[]): boolean {
  return changed.some((field) => !nonMaterialFields.includes(field));
}
