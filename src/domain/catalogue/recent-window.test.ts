import { describe, expect, it } from 'vitest';
import { firstWindow, recentWindow, rowsSinceGathered, shareSince, widerWindow, windowEnd, windowStart, windowWeeks } from './recent-window.js';

// Ten buckets of 1,000 records each, published a day apart.
const DAY = 86_400;
const histogram = { bounds: Array.from({ length: 11 }, (_, i) => i * DAY), datedRows: 10_000, gatheredRows: 10_000, gatheredPages: 100 };

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
    expect(windowStart({ bounds: [], datedRows: 0, gatheredRows: 0, gatheredPages: 0 }, 1_000)).toBeNull();
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

describe('shareSince', () => {
  it('counts the buckets after the moment and the part of the bucket holding it', () => {
    expect(shareSince(histogram, 9 * DAY, 0)).toBeCloseTo(0.1);
    expect(shareSince(histogram, 7.5 * DAY, 0)).toBeCloseTo(0.25);
    expect(shareSince(histogram, -DAY, 0)).toBe(1);
    expect(shareSince(histogram, 11 * DAY, 0)).toBe(0);
  });

  it('counts the records written since the statistics as newer than any', () => {
    // 1,000 of 10,000 in the last bucket, and 1,000 new: 2,000 of 11,000.
    expect(shareSince(histogram, 9 * DAY, 1_000)).toBeCloseTo(2_000 / 11_000);
  });
});

describe('rowsSinceGathered', () => {
  it('reckons the rows written since the statistics from the pages the table has grown by', () => {
    expect(rowsSinceGathered(histogram, 110)).toBe(1_000);
    expect(rowsSinceGathered(histogram, 100)).toBe(0);
    expect(rowsSinceGathered(histogram, 90)).toBe(0);
    expect(rowsSinceGathered({ ...histogram, gatheredPages: 0 }, 10)).toBe(0);
  });
});

describe('recentWindow', () => {
  const WEEK = 7 * DAY;
  // 100 buckets of 1,000 records each, a day each, from the start of week 2,900.
  const weekly = {
    bounds: Array.from({ length: 101 }, (_, i) => 2_900 * WEEK + i * DAY),
    datedRows: 100_000,
    gatheredRows: 100_000,
    gatheredPages: 1_000,
  };
  const now = 2_900 * WEEK + 100 * DAY;

  it('names the weeks from the one the window starts in, and counts the records of that whole week', () => {
    // 2,500 records take three buckets, from day 97: week 2,913 (days 91–97), so days 91–99.
    const window = recentWindow(weekly, 2_500, now)!;
    expect(window.weeks).toEqual([2_913, 2_914]);
    expect(window.since).toBe(2_913 * WEEK);
    expect(window.rows).toBeCloseTo(9_000);
  });

  it('is the whole catalogue when half of it or more is asked for', () => {
    expect(recentWindow(weekly, 50_000, now)).toBeNull();
    expect(recentWindow(null, 1_000, now)).toBeNull();
  });
});
