import { describe, expect, it } from 'vitest';
import { firstWindow, widerWindow, windowEnd, windowStart, windowWeeks } from './recent-window.js';

// Ten buckets of 1,000 records each, published a day apart.
const DAY = 86_400;
const histogram = { bounds: Array.from({ length: 11 }, (_, i) => i * DAY), datedRows: 10_000 };

describe('windowStart', () => {
  it('starts the window as many buckets back as hold the rows asked for', () => {
    expect(windowStart(histogram, 1_000)).toBe(9 * DAY);
    expect(windowStart(histogram, 2_500)).toBe(7 * DAY);
  });

  it('has no start when the window would hold half the catalogue or more, or nothing is known of it', () => {
    expect(windowStart(histogram, 4_999)).toBe(5 * DAY);
    expect(windowStart(histogram, 5_000)).toBeNull();
    expect(windowStart(histogram, Number.POSITIVE_INFINITY)).toBeNull();
    expect(windowStart(null, 1_000)).toBeNull();
    expect(windowStart({ bounds: [], datedRows: 0 }, 1_000)).toBeNull();
  });
});

describe('firstWindow', () => {
  it('is large enough to hold the matches wanted at the most the words can match, with a margin', () => {
    // Words in at most 1% of the titles: 1,000 of them take at least 100,000 records, 125,000 with the margin.
    expect(firstWindow(20_000, 1_000, 0.01)).toBe(125_000);
  });

  it('is never smaller than the least asked for, and the whole catalogue for words in no title', () => {
    expect(firstWindow(20_000, 1_000, 0.5)).toBe(20_000);
    expect(firstWindow(20_000, 1_000, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('widerWindow', () => {
  it('grows to what should hold the matches at the density seen, with a margin', () => {
    // 200 of 1,000 wanted in 20,000 rows: 1% dense, so 125,000 rows.
    expect(widerWindow(20_000, 200, 1_000)).toBe(125_000);
  });

  it('at least doubles, and is the whole catalogue when the window held none', () => {
    expect(widerWindow(20_000, 990, 1_000)).toBe(40_000);
    expect(widerWindow(20_000, 0, 1_000)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('windowEnd', () => {
  it('reaches past now by a day, for what another server publishes on a clock a little ahead', () => {
    expect(windowEnd(histogram, 20 * DAY)).toBe(21 * DAY);
  });

  it('reaches the newest record the statistics saw, even dated after now', () => {
    expect(windowEnd(histogram, 5 * DAY)).toBe(10 * DAY);
  });
});

describe('windowWeeks', () => {
  const WEEK = 7 * DAY;
  it('names every week from the start to the end, both included', () => {
    expect(windowWeeks(2_900 * WEEK + DAY, 2_902 * WEEK + 3 * DAY)).toEqual([2_900, 2_901, 2_902]);
    expect(windowWeeks(2_900 * WEEK, 2_900 * WEEK)).toEqual([2_900]);
  });

  it('gives up when the window spans more than ten years of weeks', () => {
    expect(windowWeeks(0, 600 * WEEK)).toBeNull();
  });
});
