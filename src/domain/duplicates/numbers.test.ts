import { describe, expect, it } from 'vitest';
import { normaliseNumber, quantities } from './numbers.js';

describe('quantities', () => {
  it('reads one specification written in different ways as the same numbers', () => {
    expect(quantities('1.100–1.300 kcal/Nm³, 2,5 m')).toEqual(['1100', '1300', '2.5']);
    expect(quantities('1100 - 1300 kcal/Nm3, 2.5 m')).toEqual(['1100', '1300', '2.5']);
    expect(quantities('1,100 to 1,300 kcal')).toEqual(['1100', '1300']);
  });
  it('leaves out digits that belong to a code, and lists each number once', () => {
    expect(quantities('CO2, H2S và PM2.5: 20 ppm, 20 ppm')).toEqual(['20']);
  });
  it('keeps decimals below one and versions apart', () => {
    expect(normaliseNumber('0,300')).toBe('0.3');
    expect(normaliseNumber('1.2.3')).toBe('1.2.3');
    expect(normaliseNumber('007')).toBe('7');
  });
});
