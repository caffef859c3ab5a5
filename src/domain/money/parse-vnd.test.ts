import { describe, expect, it } from 'vitest';
import { parseVnd } from './parse-vnd.js';

const value = (text: string) => {
  const parsed = parseVnd(text);
  return parsed.ok ? parsed.value : 'unreadable';
};

describe('parseVnd', () => {
  it('reads amounts the way Vietnamese writes them', () => {
    expect(value('1.500.000.000')).toBe(1_500_000_000);
    expect(value('1,5 tỷ')).toBe(1_500_000_000);
    expect(value('1500 triệu')).toBe(1_500_000_000);
    expect(value('1.500 triệu')).toBe(1_500_000_000);
    expect(value('1 tỷ 200 triệu')).toBe(1_200_000_000);
    expect(value('2,75 tỉ đồng')).toBe(2_750_000_000);
    expect(value('500 nghìn')).toBe(500_000);
    expect(value('1.234,5 triệu')).toBe(1_234_500_000);
  });

  it('reads amounts the way English writes them, and without diacritics', () => {
    expect(value('1,500,000,000')).toBe(1_500_000_000);
    expect(value('1.5 billion')).toBe(1_500_000_000);
    expect(value('750k')).toBe(750_000);
    expect(value('3 trieu')).toBe(3_000_000);
    expect(value('VND 2 bn')).toBe(2_000_000_000);
  });

  it('is empty for an empty field and unreadable for words it does not know or a negative amount', () => {
    expect(value('  ')).toBeNull();
    expect(value('khoảng hai tỷ')).toBe('unreadable');
    expect(value('2 xu')).toBe('unreadable');
    expect(value('-5 triệu')).toBe('unreadable');
    expect(value('1.50.000')).toBe('unreadable');
  });
});
