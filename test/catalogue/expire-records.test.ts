import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { expireRecords } from '../../src/server/modules/catalogue/expire-records.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { catalogueWorld, publishedRecord } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
});
afterAll(async () => ctx?.close());

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** 2026-07-31 → 31/07/2026: a date as the reader sees it, in English too. */
const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');
const later = (days: number) => new Date(Date.now() + days * DAY);

const published = (path: string, body: Record<string, unknown>) => publishedRecord(world.owner, world.staff, path, body);
const expiredNotices = async (client: TestClient) =>
  ((await client.get('/api/notifications')).json().items as { kind: string; text: string; link: string }[]).filter((n) => n.kind === 'catalogue.expired');

describe('records whose validity ended', () => {
  it('leave the public as "expired", once, and their owners are told', async () => {
    const offer = await published('/api/offers', { title: 'Máy sấy hết hạn', validUntil: inDays(3) });
    const demand = await published('/api/demands', { title: 'Nhu cầu hết hạn', validUntil: inDays(5) });
    const current = await published('/api/offers', { title: 'Máy sấy còn hạn', validUntil: inDays(60) });

    expect(await expireRecords(ctx.database.db, later(1))).toBe(0);
    // Ten days on, both have expired; the one valid for 60 days has not.
    expect(await expireRecords(ctx.database.db, later(10))).toBe(2);
    expect((await world.owner.get(`/api/offers/${offer}`)).json()).toMatchObject({ status: 'expired' });
    expect((await world.owner.get(`/api/demands/${demand}`)).json()).toMatchObject({ status: 'expired' });
    expect((await world.owner.get(`/api/offers/${current}`)).json()).toMatchObject({ status: 'published' });
    // No longer public: visitors cannot open it, and the catalogue does not list it.
    expect((await world.stranger.get(`/api/offers/${offer}`)).statusCode).toBe(404);
    const listed = (await world.stranger.get('/api/offers?q=hết hạn')).json().items as { id: string }[];
    expect(listed.map((o) => o.id)).not.toContain(offer);

    const told = await expiredNotices(world.owner);
    expect(told.map((n) => n.link).sort()).toEqual([`/demands/${demand}`, `/offers/${offer}`].sort());
    expect(told.map((n) => n.text)).toContain(
      `"Máy sấy hết hạn" expired on ${dayMonthYear(inDays(3))} and is no longer public. Extend its validity and submit it again if it is still current.`,
    );
    expect(await expiredNotices(world.stranger)).toEqual([]);
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'offer.expire'), eq(auditLog.entityId, offer)));
    expect(audit.before).toMatchObject({ status: 'published', validUntil: inDays(3) });

    // A second run finds nothing more to do.
    expect(await expireRecords(ctx.database.db, later(11))).toBe(0);
    expect(await expiredNotices(world.owner)).toHaveLength(2);
  });

  it('can be extended and submitted again by its owner', async () => {
    const id = await published('/api/offers', { title: 'Máy ép được gia hạn', validUntil: inDays(2) });
    // Records expire by the calendar: move its end into the past as time would.
    await ctx.database.db.execute(`update offers set valid_until = '${inDays(-1)}' where id = '${id}'`);
    expect(await expireRecords(ctx.database.db)).toBe(1);
    const { version } = (await world.owner.get(`/api/offers/${id}`)).json();
    const extended = await world.owner.patch(`/api/offers/${id}`, { version, validUntil: inDays(90) });
    expect(extended.statusCode, extended.body).toBe(200);
    const submitted = await world.owner.post(`/api/offers/${id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'submitted', validUntil: inDays(90) });
  });
});
