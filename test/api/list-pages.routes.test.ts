import { and, count, gte, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardRounds, events } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { foreignCursors, walkPages, type Page } from '../support/walk-pages.js';

/**
 * Lists tell the truth: past the old fixed limits (200 events, 100 award rounds) every row is reached
 * by walking `nextCursor`, exactly once, and `total` is the real size of the list.
 */
let ctx: TestContext;
let anonymous: TestClient;
const EVENTS = 523;
const ROUNDS = 507;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await createTestApp();
  anonymous = new TestClient(ctx.app, 'en');
  // Few distinct days, so many events share a start day and the id must break the tie.
  await ctx.database.db.insert(events).values(
    Array.from({ length: EVENTS }, (_, i) => {
      const offset = (i % 11) - 5;
      return { kind: 'techconnect', name: `Sự kiện ${i}`, startsOn: day(offset), endsOn: day(offset + (i % 2)) };
    }),
  );
  // One insert: every round has the same created_at, the id alone orders them.
  await ctx.database.db
    .insert(awardRounds)
    .values(
      Array.from({ length: ROUNDS }, (_, i) => ({ name: `Đợt ${i}`, fromYear: 2020, toYear: 2024, rule: { qualifyingActivities: [], minActivities: 1 } })),
    );
});
afterAll(async () => ctx?.close());

type Row = { id: string; startsOn?: string };
const walk = (client: TestClient, path: string) => walkPages<Row>(client, path);

describe('cursor pages with the real total', () => {
  it('walks every event, coming, past and all, once each, and the union is the total', async () => {
    const db = ctx.database.db;
    // The server's "today" is Viet Nam's (UTC+7): past 17:00 UTC it is already tomorrow there.
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const expected = {
      all: (await db.select({ n: count() }).from(events))[0].n,
      coming: (await db.select({ n: count() }).from(events).where(gte(events.endsOn, today)))[0].n,
      past: (
        await db
          .select({ n: count() })
          .from(events)
          .where(and(lt(events.endsOn, today)))
      )[0].n,
    };
    expect(expected.all).toBeGreaterThanOrEqual(EVENTS);
    for (const when of ['all', 'coming', 'past'] as const) {
      const { rows, totals, pages } = await walk(anonymous, `/api/events?when=${when}`);
      expect(totals).toEqual([expected[when]]);
      expect(rows).toHaveLength(expected[when]);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      expect(pages).toBe(Math.max(1, Math.ceil(expected[when] / 100)));
      const days = rows.map((r) => r.startsOn as string);
      expect(days).toEqual([...days].sort((a, b) => (when === 'coming' ? a.localeCompare(b) : b.localeCompare(a))));
    }
    expect(expected.coming + expected.past).toBe(expected.all);
    expect(expected.all).toBeGreaterThan(500);
  });

  it('walks every award round past the old 100 and 500 marks although all share one creation time', async () => {
    const { rows, totals } = await walk(anonymous, '/api/award-rounds');
    const inDb = (await ctx.database.db.select({ id: awardRounds.id }).from(awardRounds)).map((r) => r.id);
    expect(inDb.length).toBeGreaterThanOrEqual(ROUNDS);
    expect(totals).toEqual([inDb.length]);
    expect(rows.map((r) => r.id).sort()).toEqual([...inDb].sort());
  });

  it('answers the first page alone with the full total and a cursor, and the default page size', async () => {
    const page = (await anonymous.get('/api/award-rounds')).json() as Page<Row> & { canCreate: boolean };
    expect(page.items).toHaveLength(20);
    expect(page.total).toBeGreaterThanOrEqual(ROUNDS);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(page.canCreate).toBe(false);
  });

  it('refuses a cursor it did not make with 400 on the cursor, never 500', async () => {
    for (const path of ['/api/events?when=coming', '/api/award-rounds', '/api/programme-results']) {
      for (const cursor of foreignCursors) {
        const response = await anonymous.get(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`);
        expect(response.statusCode, `${path} ${cursor}: ${response.body}`).toBe(400);
        expect(response.body).toContain('cursor');
      }
    }
  });
});
