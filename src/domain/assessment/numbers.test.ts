import { describe, expect, it } from 'vitest';
import { formatNumber, round } from './numbers.js';

describe('rounding and display', () => {
  it('rounds half up despite binary fractions', () => {
    expect([round(1.005, 2), round(2.675, 2), round(0.12345, 4), round(1.3333333, 2)]).toEqual([1.01, 2.68, 0.1235, 1.33]);
  });

  it('writes numbers the Vietnamese and the English way', () => {
    expect(formatNumber(1234567.5, 'vi')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(-0.004, 'en')).toBe('0');
    expect(formatNumber(-12.5, 'vi')).toBe('-12,5');
  });
});
