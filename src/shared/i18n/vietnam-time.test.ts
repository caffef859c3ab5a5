import { describe, expect, it } from 'vitest';
import { vietnamTime, vietnamToday } from './vietnam-time.js';

describe('Viet Nam time', () => {
  it('knows today in Viet Nam when UTC is still yesterday', () => {
    expect(vietnamToday(new Date('2026-03-04T16:59:59Z'))).toBe('2026-03-04');
    expect(vietnamToday(new Date('2026-03-04T17:00:00Z'))).toBe('2026-03-05');
  });

  it('writes a moment as Viet Nam reads it, hours first', () => {
    expect(vietnamTime(new Date('2026-12-02T16:45:00Z'))).toBe('23:45 02/12/2026');
  });
});
