import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.js';

describe('formatCount', () => {
  it('groups thousands as each language writes them', () => {
    expect(formatCount(6500, 'vi')).toBe('6.500');
    expect(formatCount(6500, 'en')).toBe('6,500');
  });

  it('rounds an estimate and marks it', () => {
    expect(formatCount(12_345, 'vi', true)).toBe('≈ 12.000');
    expect(formatCount(987, 'en', true)).toBe('≈ 990');
  });
});
