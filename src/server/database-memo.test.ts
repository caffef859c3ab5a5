import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Executor } from '../db/client.js';
import { statisticsMemo } from './database-memo.js';

// Two databases, and a transaction opened on the first: it shares the first's SQL dialect.
const first = { dialect: {} } as unknown as Executor;
const second = { dialect: {} } as unknown as Executor;
const insideFirst = { dialect: (first as unknown as { dialect: object }).dialect } as unknown as Executor;

afterEach(() => {
  vi.useRealTimers();
});

describe('statisticsMemo', () => {
  it('reads once per database and name while fresh, transactions included, and again once stale', async () => {
    vi.useFakeTimers();
    const memo = statisticsMemo<number>(60_000);
    const read = vi.fn(async () => read.mock.calls.length);
    expect(await memo(first, 'offers', read)).toBe(1);
    expect(await memo(insideFirst, 'offers', read)).toBe(1);
    expect(await memo(first, 'demands', read)).toBe(2);
    expect(await memo(second, 'offers', read)).toBe(3);
    vi.advanceTimersByTime(60_000);
    expect(await memo(first, 'offers', read)).toBe(4);
  });

  it('shares a read under way, and keeps none that failed', async () => {
    const memo = statisticsMemo<string>(60_000);
    let fail = true;
    const read = vi.fn(async () => {
      if (fail) throw new Error('database gone');
      return 'statistics';
    });
    const [a, b] = await Promise.allSettled([memo(first, 'offers', read), memo(first, 'offers', read)]);
    expect([a.status, b.status, read.mock.calls.length]).toEqual(['rejected', 'rejected', 1]);
    fail = false;
    expect(await memo(first, 'offers', read)).toBe('statistics');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
