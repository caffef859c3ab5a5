import { describe, expect, it } from 'vitest';
import { inputText, numberOrNull, textOrNull } from './form-values.js';

describe('form values', () => {
  it('turns empty inputs into null and keeps real values', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' Nước mắm ')).toBe('Nước mắm');
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull(1500000)).toBe(1500000);
    expect(numberOrNull('7')).toBe(7);
    expect(inputText(null)).toBe('');
    expect(inputText(4)).toBe('4');
  });
});
