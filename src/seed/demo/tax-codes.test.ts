import { describe, expect, it } from 'vitest';
import { isValidTaxCode } from '../../domain/organisations/tax-code.js';
import { branchTaxCode, demoTaxCode, hasValidCheckDigit, taxCheckDigit } from './tax-codes.js';

describe('demo tax codes', () => {
  it('computes the check digit of published enterprise codes', () => {
    // Tax codes printed on any invoice of large state-owned groups: public, and known to be valid.
    expect(hasValidCheckDigit('0100109106')).toBe(true);
    expect(hasValidCheckDigit('0300588569')).toBe(true);
    expect(hasValidCheckDigit('0300588568')).toBe(false);
    expect(taxCheckDigit('010010910')).toBe(6);
  });

  it('hands out distinct, valid codes and 10-3 branch codes', () => {
    const codes = Array.from({ length: 500 }, (_, n) => demoTaxCode(n));
    expect(new Set(codes).size).toBe(500);
    expect(codes.every((c) => isValidTaxCode(c) && hasValidCheckDigit(c))).toBe(true);
    const branch = branchTaxCode(codes[0], 1);
    expect(branch).toMatch(/^\d{10}-001$/);
    expect(isValidTaxCode(branch) && hasValidCheckDigit(branch)).toBe(true);
  });
});
