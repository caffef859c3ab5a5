import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demands, offers } from '../../src/db/schema/index.js';
import { remindExpiringRecords } from '../../src/server/modules/catalogue/expiry-reminders.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { catalogueWorld } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
const OFFERS = 620;
const DEMANDS = 35;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
  const base = Date.UTC(2026, 0, 1);
  const common = { ownerOrganisationId: world.enterprise.id, provinceCode: '08', status: 'submitted', language: 'vi' } as const;
  // Many records share a submission time (and all share the insert's updated_at), so pages must break ties exactly.
  await ctx.database.db
    .insert(offers)
    .values(Array.from({ length: OFFERS }, (_, i) => ({ ...common, title: `Công nghệ ${i}`, submittedAt: new Date(base + Math.floor(i / 200) * 60_000) })));
  await ctx.database.db
    .insert(demands)
    .values(Array.from({ length: DEMANDS }, (_, i) => ({ ...common, title: `Nhu cầu ${i}`, submittedAt: new Date(base + 60_000), publicSummary: 'Tóm tắt' })));
});
afterAll(async () => ctx?.close());

/** Every page of a list, following nextCursor; the first page's body too. */
async function allPages(client: TestClient, url: string) {
  const first = (await client.get(url)).json();
  const items = [...first.items];
  let page = first;
  while (page.nextCursor) {
    const response = await client.get(`${url}${url.includes('?') ? '&' : '?'}cursor=${page.nextCursor}`);
    expect(response.statusCode, response.body).toBe(200);
    page = response.json();
    items.push(...page.items);
  }
  return { first, items: items as { id: string; type: string; submittedAt: string }[] };
}

describe('work lists beyond 500 records', () => {
  it('the workspace pages through every record once and reports the real totals', async () => {
    const url = `/api/workspace/records?organisationId=${world.enterprise.id}&limit=100`;
    const { first, items } = await allPages(world.owner, url);
    expect(first.items).toHaveLength(100);
    expect(first.total).toBe(OFFERS + DEMANDS);
    expect(first.counts).toEqual({ offer: OFFERS, demand: DEMANDS, expert: 0 });
    expect(items).toHaveLength(OFFERS + DEMANDS);
    expect(new Set(items.map((i) => i.id)).size).toBe(OFFERS + DEMANDS);

    const onlyDemands = await allPages(world.owner, `${url}&type=demand`);
    expect(onlyDemands.first.total).toBe(DEMANDS);
    expect(onlyDemands.items.every((i) => i.type === 'demand')).toBe(true);
    expect(onlyDemands.items).toHaveLength(DEMANDS);
  });

  it('the moderation queue pages oldest first through every record and reports the real total', async () => {
    const { first, items } = await allPages(world.staff, '/api/moderation/queue?limit=100');
    expect(first.total).toBe(OFFERS + DEMANDS);
    expect(first.counts).toEqual({ offer: OFFERS, demand: DEMANDS, expert: 0 });
    expect(new Set(items.map((i) => i.id)).size).toBe(OFFERS + DEMANDS);
    const times = items.map((i) => i.submittedAt);
    expect(times).toEqual([...times].sort());
  });

  it('reminds the owners of every record about to expire, not just the first 500', async () => {
    const now = new Date();
    const soon = new Date(now.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
    await ctx.database.db.insert(offers).values(
      Array.from({ length: 510 }, (_, i) => ({
        title: `Sắp hết hạn ${i}`,
        status: 'published',
        language: 'vi',
        provinceCode: '01',
        publishedAt: now,
        validUntil: soon,
      })),
    );
    expect(await remindExpiringRecords(ctx.database.db, now)).toBe(510);
    expect(await remindExpiringRecords(ctx.database.db, now)).toBe(0);
  });

  it('refuses a cursor it did not make with 400 on the cursor', async () => {
    for (const cursor of ['abc', Buffer.from('[1,"offer","x"]').toString('base64url'), '%00']) {
      const response = await world.staff.get(`/api/moderation/queue?cursor=${cursor}`);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('cursor');
    }
  });
});
