import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, demands, eventCollectedRecords, offers } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { eventsWorld } from './events-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;

const newTechnology = { title: 'Máy sấy lạnh nông sản mang đến Techconnect', summary: 'Sấy lạnh giữ màu và vitamin cho trái cây.', sectorCode: 'C' };
const heardDemand = {
  title: 'Cần công nghệ bảo quản thanh long sau thu hoạch',
  publicSummary: 'Hợp tác xã cần kéo dài thời gian bảo quản thanh long xuất khẩu.',
};
const collected = async () => (await world.broker.client.get(`/api/events/${world.eventId}/dashboard`)).json().collected;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  const registered = await world.supplier.client.post(`/api/events/${world.eventId}/registrations`, { role: 'exhibitor', organisationId: world.institute.id });
  await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registered.json().id}/decision`, { decision: 'approve' });
});
afterAll(async () => ctx?.close());

describe('records collected at an event', () => {
  it('an approved exhibitor enters a new technology: a draft that keeps the event as its source, counted on the dashboard and audited', async () => {
    expect(await collected()).toEqual({ offers: 0, demands: 0 });
    const created = await world.supplier.client.post(`/api/events/${world.eventId}/offers`, { ...newTechnology, ownerOrganisationId: world.institute.id });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ title: newTechnology.title, status: 'draft' });
    const [link] = await ctx.database.db.select().from(eventCollectedRecords).where(eq(eventCollectedRecords.recordId, created.json().id));
    expect(link).toMatchObject({ eventId: world.eventId, recordType: 'offer' });
    expect(await collected()).toEqual({ offers: 1, demands: 0 });
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'event.record.collect'), eq(auditLog.entityId, world.eventId)));
    expect(audits.map((a) => a.after)).toEqual([{ recordType: 'offer', recordId: created.json().id }]);
  });

  it('the organisers’ staff take down a demand heard at a booth, for a cooperative without an account', async () => {
    const created = await world.broker.client.post(`/api/events/${world.eventId}/demands`, {
      ...heardDemand,
      ownerOrganisationId: null,
      ownerName: 'Hợp tác xã Thanh long Bình Thuận',
      province: '40',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await collected()).toEqual({ offers: 1, demands: 1 });
  });

  it('refuses someone who neither organises nor takes part, an unknown event, and a bad body naming the field, writing nothing', async () => {
    const [offersBefore, demandsBefore] = await Promise.all([ctx.database.db.$count(offers), ctx.database.db.$count(demands)]);
    const stranger = await world.outsider.client.post(`/api/events/${world.eventId}/offers`, { ...newTechnology, ownerOrganisationId: world.stranger.id });
    expect(stranger.statusCode).toBe(403);
    const unknown = await world.supplier.client.post(`/api/events/00000000-0000-4000-8000-000000000000/demands`, heardDemand);
    expect(unknown.statusCode).toBe(404);
    const bad = await world.supplier.client.post(`/api/events/${world.eventId}/offers`, { ...newTechnology, title: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('title');
    // Entering a record for an organisation one is not a member of is refused by the catalogue's own rule, and no link is left behind.
    const notMine = await world.supplier.client.post(`/api/events/${world.eventId}/offers`, { ...newTechnology, ownerOrganisationId: world.enterprise.id });
    expect(notMine.statusCode).toBeGreaterThanOrEqual(400);
    expect(notMine.statusCode).toBeLessThan(500);
    expect([await ctx.database.db.$count(offers), await ctx.database.db.$count(demands)]).toEqual([offersBefore, demandsBefore]);
    expect(await collected()).toEqual({ offers: 1, demands: 1 });
  });
});
