import { describe, expect, it } from 'vitest';
import { describeIssue, formatLimit } from './field-messages.js';

describe('limits in field messages', () => {
  it('writes a large limit with the grouping of each language, not as a programming constant', () => {
    const issue = { code: 'too_big', origin: 'number', maximum: 1_000_000_000_000_000 };
    expect(describeIssue(issue, 'vi')).toBe('Phải nhỏ hơn hoặc bằng 1.000.000.000.000.000.');
    expect(describeIssue(issue, 'en')).toBe('Must be at most 1,000,000,000,000,000.');
    expect(describeIssue({ code: 'too_small', origin: 'number', minimum: 10_000 }, 'vi')).toBe('Phải lớn hơn hoặc bằng 10.000.');
    expect(describeIssue({ code: 'too_big', origin: 'string', maximum: 5000 }, 'en')).toBe('Must be at most 5,000 characters.');
  });

  it('groups whole numbers, big integers and decimals, and leaves small numbers and non-numbers alone', () => {
    expect(formatLimit(999, 'vi')).toBe('999');
    expect(formatLimit(1000, 'vi')).toBe('1.000');
    expect(formatLimit(-1234567, 'en')).toBe('-1,234,567');
    expect(formatLimit(1234.5, 'vi')).toBe('1.234,5');
    expect(formatLimit(1234.5, 'en')).toBe('1,234.5');
    expect(formatLimit(9007199254740991n, 'vi')).toBe('9.007.199.254.740.991');
    expect(formatLimit(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatLimit('2026-01-01', 'vi')).toBe('2026-01-01');
    expect(formatLimit(undefined, 'vi')).toBe('undefined');
  });
});
