import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demands } from '../../src/db/schema/index.js';
import { insertOffers, publishedOfferRow } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
const COUNT = 6_500;
const provinces = ['01', '79', '48'];

beforeAll(async () => {
  ctx = await createTestApp();
  const rows = Array.from({ length: COUNT }, (_, i) =>
    publishedOfferRow({
      title: `Công nghệ sấy nông sản mẫu ${i}`,
      // Twenty batch codes, each in 5% of the offers: the word statistics then list rare words too.
      summary: `Sấy lạnh giữ màu và vitamin. Lô k${i % 20}.`,
      trl: 1 + (i % 9),
      provinceCode: provinces[i % provinces.length]!,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
    }),
  );
  await insertOffers(ctx.database.db, rows);
  // Statistics as PostgreSQL's autovacuum keeps them (PGlite has no autovacuum).
  await ctx.database.db.execute(sql`analyze offers`);
});
afterAll(async () => ctx?.close());

describe('listing a large catalogue', () => {
  it('estimates the total and facet counts beyond the exact-count limit, and says so', async () => {
    const list = (await ctx.app.inject({ method: 'GET', url: '/api/offers?limit=5' })).json();
    expect(list.estimated).toBe(true);
    expect(list.total).toBeGreaterThan(COUNT * 0.8);
    expect(list.total).toBeLessThan(COUNT * 1.2);
    const byProvince = list.facets.province as { code: string; count: number }[];
    expect(byProvince.map((p) => p.code).sort()).toEqual([...provinces].sort());
    for (const { count } of byProvince) expect(count).toBeGreaterThan(list.total / 3 - list.total * 0.1);
    expect(list.items).toHaveLength(5);
    expect(list.nextCursor).not.toBeNull();
  });

  it('counts exactly when the matches are few enough', async () => {
    const list = (await ctx.app.inject({ method: 'GET', url: '/api/offers?q=m%E1%BA%ABu%2042' })).json();
    // "42" is read as a prefix: samples 42, 420–429 and 4200–4299.
    expect(list.estimated).toBe(false);
    expect(list.total).toBe(111);
    const filtered = (await ctx.app.inject({ method: 'GET', url: '/api/offers?trlMin=9' })).json();
    expect(filtered.estimated).toBe(false);
    expect(filtered.total).toBe(Math.floor(COUNT / 9));
  });

  it('finds by a word still being typed what the whole word finds', async () => {
    const total = async (q: string) => (await ctx.app.inject({ method: 'GET', url: `/api/offers?trlMin=9&q=${encodeURIComponent(q)}` })).json().total;
    // "sả" is searched as the catalogue's words that begin with "sa" (sản, sấy…), not as a prefix.
    expect(await total('sấy nông sả')).toBe(Math.floor(COUNT / 9));
    expect(await total('sấy nông sản')).toBe(Math.floor(COUNT / 9));
    expect(await total('nông sản sấ')).toBe(Math.floor(COUNT / 9));
  });
});

describe('matching in a large catalogue', () => {
  it('still finds offers when every shared word is common and the rare words of the demand occur nowhere', async () => {
    const [demand] = await ctx.database.db
      .insert(demands)
      .values({
        title: 'Cần công nghệ sấy nông sản chống nấm mốc khi bảo quản',
        publicSummary: 'Hợp tác xã cần sấy nông sản giữ màu, chống nấm mốc trong kho.',
        keywords: ['sấy nông sản', 'nấm mốc'],
        status: 'open',
      })
      .returning();
    const body = (await ctx.app.inject({ method: 'GET', url: `/api/demands/${demand.id}/matches` })).json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items[0].offer.title).toMatch(/^Công nghệ sấy nông sản mẫu/);
  });
});
