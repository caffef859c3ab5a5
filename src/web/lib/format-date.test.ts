import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date.js';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows a UTC instant in Vietnam time, whatever the machine zone', () => {
    // 17:30 UTC on 31 Dec is already 00:30 on 1 Jan in Vietnam (UTC+7).
    expect(formatDateTime('2025-12-31T17:30:00Z', 'vi')).toContain('01/01/2026');
    expect(formatDateTime('2025-12-31T17:30:00Z', 'vi')).toContain('00:30');
    expect(formatDate('2025-12-31T17:30:00Z', 'en')).toBe('01/01/2026');
    expect(formatDate('2017-05-15', 'vi')).toBe('15/05/2017');
  });

  it('shows a dash for no date', () => {
    expect(formatDateTime(null, 'vi')).toBe('—');
  });
});
