import { describe, expect, it } from 'vitest';
import { queryShareBound } from './query-share.js';

const stats = {
  rows: 100_000,
  frequency: new Map([
    ['tri', 0.2],
    ['tue', 0.21],
    ['nhan', 0.3],
    ['tao', 0.25],
    ['xoai', 0.012],
    ['cat', 0.05],
    ['mango', 0.004],
  ]),
  rareBelow: 0.001,
};

describe('queryShareBound', () => {
  it('bounds words that must all match by the rarest of them, side by side or not', () => {
    expect(queryShareBound('xoai & cat', stats)).toBe(0.012);
    expect(queryShareBound('tri <-> tue <-> nhan <-> tao', stats)).toBe(0.2);
  });

  it('adds up alternatives, never beyond the whole table', () => {
    expect(queryShareBound('(xoai & cat) | (mango)', stats)).toBeCloseTo(0.016);
    expect(queryShareBound('tri | tue | nhan | tao | cat', stats)).toBe(1);
  });

  it('takes the rarest listed share for a word too rare to be listed', () => {
    expect(queryShareBound('xoai & (sapoche)', stats)).toBe(0.001);
  });

  it('gives no bound for a prefix, an exclusion or an empty query', () => {
    expect(queryShareBound('xoa:*', stats)).toBe(1);
    expect(queryShareBound('!xoai', stats)).toBe(1);
    expect(queryShareBound('xoai & !cat', stats)).toBe(0.012);
    expect(queryShareBound('', stats)).toBe(1);
  });

  it('reads phrase distances and weights as to_tsquery does', () => {
    expect(queryShareBound('xoai <2> cat', stats)).toBe(0.012);
    expect(queryShareBound('xoai:A & cat', stats)).toBe(0.012);
  });
});
