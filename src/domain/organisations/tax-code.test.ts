import { describe, expect, it } from 'vitest';
import { isValidTaxCode, normaliseTaxCode } from './tax-code.js';

describe('tax code format', () => {
  it('accepts an enterprise code and a branch code', () => {
    expect(isValidTaxCode('0101234567')).toBe(true);
    expect(isValidTaxCode('0101234567-001')).toBe(true);
    expect(isValidTaxCode(' 0101234567 ')).toBe(true);
  });

  it.each(['', '123', '01012345678', '010123456', '0101234567-1', '0101234567-0001', '0101234567001', 'A101234567', '0101 234567', '0101234567-'])(
    'rejects %j',
    (code) => expect(isValidTaxCode(code)).toBe(false),
  );

  it('keeps the code as typed apart from surrounding spaces', () => {
    expect(normaliseTaxCode('  0101234567-002 ')).toBe('0101234567-002');
  });
});
