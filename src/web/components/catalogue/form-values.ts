/** Form inputs hold '' for "nothing"; the API wants null (which also clears a stored value). */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A NumberInput's value ('' when empty) as the API's number or null. */
export function numberOrNull(value: string | number | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A stored value as a form input's text. */
export const inputText = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
