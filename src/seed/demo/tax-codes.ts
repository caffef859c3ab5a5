/** Weights of the Vietnamese enterprise tax code check digit (10th digit). */
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The check digit for nine leading digits, or null when no valid code has these digits. */
export function taxCheckDigit(nineDigits: string): number | null {
  const sum = [...nineDigits].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  const digit = 10 - (sum % 11);
  return digit === 10 ? null : digit;
}

/** True when the code's tenth digit is its check digit (demo codes satisfy it; real registries hold some that do not). */
export function hasValidCheckDigit(code: string): boolean {
  const match = /^(\d{9})(\d)(-\d{3})?$/.exec(code);
  return !!match && taxCheckDigit(match[1]) === Number(match[2]);
}

/** Deterministic, distinct, valid head-office tax codes for demo organisations: the n-th one for n = 0, 1, 2… */
export function demoTaxCode(n: number): string {
  // Steps far larger than the few skipped candidates keep codes distinct.
  let base = 290_100_000 + n * 104_729;
  for (;;) {
    const nine = String(base).padStart(9, '0');
    const check = taxCheckDigit(nine);
    if (check !== null) return `${nine}${check}`;
    base += 1;
  }
}

export const branchTaxCode = (headOffice: string, branchNumber: number) => `${headOffice}-${String(branchNumber).padStart(3, '0')}`;
