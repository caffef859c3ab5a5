import { describe, expect, it } from 'vitest';
import { instantToText, isoDateToText, textToInstant, textToIsoDate } from './date-text.js';

describe('dd/mm/yyyy date text', () => {
  it('shows an ISO day as dd/mm/yyyy and reads it back', () => {
    expect(isoDateToText('2026-03-04')).toBe('04/03/2026');
    expect(textToIsoDate('04/03/2026')).toBe('2026-03-04');
    expect(textToIsoDate('4/3/2026')).toBe('2026-03-04');
    expect(textToIsoDate('4-3-2026')).toBe('2026-03-04');
    expect(textToIsoDate(' 31.12.2025 ')).toBe('2025-12-31');
    expect(textToIsoDate('04032026')).toBe('2026-03-04');
  });

  it('reads the day first, never month first', () => {
    expect(textToIsoDate('12/01/2026')).toBe('2026-01-12');
    expect(textToIsoDate('01/13/2026')).toBeNull();
  });

  it('refuses days that do not exist and half-typed text', () => {
    expect(textToIsoDate('31/02/2026')).toBeNull();
    expect(textToIsoDate('29/02/2025')).toBeNull();
    expect(textToIsoDate('29/02/2024')).toBe('2024-02-29');
    expect(textToIsoDate('12/03')).toBeNull();
    expect(textToIsoDate('2026-03-04')).toBeNull();
    expect(textToIsoDate('')).toBe('');
    expect(isoDateToText('')).toBe('');
  });

  it('reads a moment in Vietnam time and shows it back the same way', () => {
    expect(textToInstant('04/03/2026 09:30')).toBe('2026-03-04T02:30:00.000Z');
    expect(textToInstant('01/01/2026 00:15')).toBe('2025-12-31T17:15:00.000Z');
    expect(instantToText('2025-12-31T17:15:00.000Z')).toBe('01/01/2026 00:15');
    expect(textToInstant('04/03/2026 24:00')).toBeNull();
    expect(textToInstant('04/03/2026')).toBeNull();
    expect(textToInstant(' ')).toBe('');
  });
});
