import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOffers, publishedOfferRow } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

// Large enough that a search counts among the newest records first (search-counts.repository.ts):
// 8,000 offers published three hours apart, over the last 1,000 days.
let ctx: TestContext;
const COUNT = 8_000;
const HOUR = 3_600_000;
const provinces = ['01', '79', '48'];

type Words = (i: number) => string;
/** "thiết bị" in two offers of five, "kiểm định" in one of twenty, "lò hơi" in the 900 oldest only. */
const words: Words = (i) => [i % 5 < 2 ? 'thiết bị' : 'máy', i % 20 === 0 ? 'kiểm định' : '', i < 900 ? 'lò hơi' : ''].join(' ');

function offerRows(from: number, count: number, publishedAt: (i: number) => Date) {
  return Array.from({ length: count }, (_, n) => {
    const i = from + n;
    return publishedOfferRow({
      title: `Mẫu ${i} ${words(i)}`,
      summary: `Giải pháp số ${i}.`,
      trl: 1 + (i % 9),
      provinceCode: provinces[i % provinces.length]!,
      publishedAt: publishedAt(i),
    });
  });
}

const list = async (query: string) => (await ctx.app.inject({ method: 'GET', url: `/api/offers?limit=5&${query}` })).json();
const near = (value: number, expected: number, tolerance: number) => {
  expect(value).toBeGreaterThan(expected * (1 - tolerance));
  expect(value).toBeLessThan(expected * (1 + tolerance));
};

beforeAll(async () => {
  ctx = await createTestApp();
  const start = Date.now() - COUNT * 3 * HOUR;
  await insertOffers(
    ctx.database.db,
    offerRows(0, COUNT, (i) => new Date(start + i * 3 * HOUR)),
  );
  // Statistics as PostgreSQL's autovacuum keeps them (PGlite has no autovacuum).
  await ctx.database.db.execute(sql`analyze offers`);
});
afterAll(async () => ctx?.close());

describe('counting the matches of a search in a large catalogue', () => {
  it('estimates a common word’s total and facets from the newest offers, and says so', async () => {
    const found = await list(`q=${encodeURIComponent('thiết bị')}`);
    expect(found.estimated).toBe(true);
    near(found.total, COUNT * 0.4, 0.05);
    const byProvince = found.facets.province as { code: string; count: number }[];
    expect(byProvince.map((p) => p.code).sort()).toEqual([...provinces].sort());
    for (const { count } of byProvince) near(count, found.total / 3, 0.05);
    expect(found.items).toHaveLength(5);
  });

  it('estimates the total of filters alone the same way', async () => {
    const found = await list('trlMin=2');
    expect(found.estimated).toBe(true);
    near(found.total, (COUNT * 8) / 9, 0.05);
    const byTrl = found.facets.trl as { code: string; count: number }[];
    expect(byTrl.map((t) => t.code).sort()).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('counts exactly what is rare, and what only old offers hold', async () => {
    const rare = await list(`q=${encodeURIComponent('kiểm định')}`);
    expect(rare).toMatchObject({ estimated: false, total: COUNT / 20 });
    // None among the newest: the windows widen to the whole catalogue, which holds 900.
    const old = await list(`q=${encodeURIComponent('lò hơi')}`);
    expect(old).toMatchObject({ estimated: false, total: 900 });
    const filtered = await list('trlMin=9');
    expect(filtered).toMatchObject({ estimated: false, total: Math.floor(COUNT / 9) });
  });

  it('answers a mistyped common word from the newest offers that match, and counts them all', async () => {
    const found = await list(`q=${encodeURIComponent('thiet bii')}`);
    expect(found.corrected).toEqual([{ typed: 'bii', alternatives: expect.arrayContaining(['bi']) }]);
    // Counted as any search is: estimated over its thousands of matches, not stopped at the first 1,000.
    expect(found.estimated).toBe(true);
    near(found.total, COUNT * 0.4, 0.05);
    expect(found.items).toHaveLength(5);
    for (const item of found.items) {
      expect(item.title).toContain('thiết bị');
      // "Mẫu 7995 …": among the 2,000 newest of the 8,000.
      expect(Number(/Mẫu (\d+)/.exec(item.title)![1])).toBeGreaterThan(COUNT - 2_000);
    }
  });

  it('counts the offers published since the statistics were gathered', async () => {
    const before = (await list(`q=${encodeURIComponent('thiết bị')}`)).total;
    // 1,000 more, newer than any, two in five with the words, and no ANALYZE since.
    const now = Date.now();
    await insertOffers(
      ctx.database.db,
      offerRows(COUNT, 1_000, (i) => new Date(now - (COUNT + 1_000 - i) * 60_000)),
    );
    const after = await list(`q=${encodeURIComponent('thiết bị')}`);
    expect(after.estimated).toBe(true);
    near(after.total - before, 400, 0.25);
  });

  it('estimates from the matches it read when the newest week holds far more than it needed', async () => {
    // 5,000 more, ten seconds apart: the newest week now holds about 6,000 offers, every one a match.
    const now = Date.now();
    await insertOffers(
      ctx.database.db,
      offerRows(COUNT + 1_000, 5_000, (i) => new Date(now - (COUNT + 6_000 - i) * 10_000)),
    );
    await ctx.database.db.execute(sql`analyze offers`);
    const found = await list(`q=${encodeURIComponent('mẫu')}`);
    expect(found.estimated).toBe(true);
    near(found.total, COUNT + 6_000, 0.1);
  });
});
