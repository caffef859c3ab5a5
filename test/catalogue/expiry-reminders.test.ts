import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindExpiringRecords } from '../../src/server/modules/catalogue/expiry-reminders.js';
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
const now = new Date('2026-03-01T08:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
/** 2026-07-31 → 31/07/2026: a date as the reader sees it, in English too. */
const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

const published = (path: string, body: Record<string, unknown>) => publishedRecord(world.owner, world.staff, path, body);

const reminders = async (client: TestClient) =>
  ((await client.get('/api/notifications')).json().items as { kind: string; text: string; link: string }[]).filter((n) => n.kind === 'catalogue.expiring');

describe('reminder before a record stops being valid', () => {
  it('tells the owners of live records ending within 14 days, once per end date', async () => {
    const offer = await published('/api/offers', { title: 'Lò sấy sắp hết hạn', validUntil: inDays(5) });
    const expert = await published('/api/experts', { name: 'TS. Trần Văn Hạn', validUntil: inDays(13) });
    await published('/api/demands', { title: 'Nhu cầu còn lâu mới hết hạn', validUntil: inDays(60) });
    await world.owner.post('/api/offers', { title: 'Bản nháp sắp hết hạn', validUntil: inDays(2) });

    expect(await remindExpiringRecords(ctx.database.db, now)).toBe(2);
    const told = await reminders(world.owner);
    expect(told.map((n) => n.link).sort()).toEqual([`/experts/${expert}`, `/offers/${offer}`].sort());
    expect(told.map((n) => n.text)).toContain(
      `"Lò sấy sắp hết hạn" stops being valid on ${dayMonthYear(inDays(5))}. Extend its validity if it is still current.`,
    );
    expect(await reminders(world.stranger)).toEqual([]);

    expect(await remindExpiringRecords(ctx.database.db, new Date(now.getTime() + 3_600_000))).toBe(0);
    expect(await reminders(world.owner)).toHaveLength(2);
  });

  it('reminds again when the validity is extended and nears its new end', async () => {
    const id = await published('/api/offers', { title: 'Máy ép gia hạn', validUntil: inDays(3) });
    expect(await remindExpiringRecords(ctx.database.db, now)).toBe(1);
    const { version } = (await world.owner.get(`/api/offers/${id}`)).json();
    const extended = await world.owner.patch(`/api/offers/${id}`, { version, validUntil: inDays(40) });
    expect(extended.json()).toMatchObject({ status: 'published', validUntil: inDays(40) });
    expect(await remindExpiringRecords(ctx.database.db, now)).toBe(0);
    expect(await remindExpiringRecords(ctx.database.db, new Date(now.getTime() + 30 * DAY))).toBe(1);
    expect((await reminders(world.owner)).filter((n) => n.link === `/offers/${id}`)).toHaveLength(2);
  });
});
