import { describe, expect, it } from 'vitest';
import { formatVnd, formatVndShort } from './vnd.js';

// Intl puts a no-break space before the currency sign; compare on plain spaces.
const plain = (text: string | null) => text?.replace(/\s/g, ' ');

describe('VND amounts', () => {
  it('group thousands with dots in Vietnamese', () => {
    expect(plain(formatVnd(2_000_000_000, 'vi'))).toBe('2.000.000.000 ₫');
  });

  it('say large amounts in tỷ and triệu đồng', () => {
    expect(formatVndShort(2_000_000_000, 'vi')).toBe('2 tỷ đồng');
    expect(formatVndShort(515_500_000_000, 'vi')).toBe('515,5 tỷ đồng');
    expect(formatVndShort(750_000_000, 'vi')).toBe('750 triệu đồng');
    expect(formatVndShort(2_000_000_000, 'en')).toBe('VND 2 billion');
  });

  it('keep small and missing amounts as they are', () => {
    expect(plain(formatVndShort(500_000, 'vi'))).toBe('500.000 ₫');
    expect(formatVndShort(null, 'vi')).toBeNull();
  });
});
