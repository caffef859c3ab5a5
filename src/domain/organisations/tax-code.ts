/**
 * Vietnamese tax code (mã số thuế): 10 digits for an enterprise, or 10 digits, "-" and
 * 3 digits for a dependent unit (branch). Digit 10 is a check digit, but registries hold
 * codes that fail it, so only the format is enforced.
 */
const TAX_CODE = /^\d{10}(-\d{3})?$/;

/** The code as stored: surrounding spaces dropped, nothing else changed. */
export function normaliseTaxCode(input: string): string {
  return input.trim();
}

export function isValidTaxCode(input: string): boolean {
  return TAX_CODE.test(normaliseTaxCode(input));
}
