import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { eventBody, eventsWorld } from './events-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
let anonymous: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  anonymous = new TestClient(ctx.app, 'en');
});
afterAll(async () => ctx?.close());

describe('events', () => {
  it('lists the event publicly and shows its page with organisers and programme', async () => {
    const list = (await anonymous.get('/api/events?when=coming')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toContain(world.eventId);
    const page = await anonymous.get(`/api/events/${world.eventId}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      kind: 'techconnect',
      provinceCode: '40',
      canManage: false,
      myRegistration: null,
      organisers: [{ connectionPointId: world.point.id }],
    });
    expect(page.json().activities.map((a: { kind: string }) => a.kind)).toEqual(['exhibition', 'b2b']);
    expect((await world.broker.client.get(`/api/events/${world.eventId}`)).json().canManage).toBe(true);
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, world.eventId));
    expect(audit.map((a) => a.action)).toContain('event.create');
  });

  it('lets only connection-point and network staff create, and only the organisers edit', async () => {
    expect((await anonymous.post('/api/events', eventBody([world.point.id]))).statusCode).toBe(401);
    expect((await world.seeker.client.post('/api/events', eventBody([world.point.id]))).statusCode).toBe(403);
    const edited = eventBody([world.point.id], { name: 'Techconnect Nghệ An 2026 (sửa)' });
    expect((await world.seeker.client.put(`/api/events/${world.eventId}`, edited)).statusCode).toBe(403);
    expect((await world.agency.client.put(`/api/events/${world.eventId}`, edited)).statusCode).toBe(403);
    expect((await world.broker.client.put(`/api/events/${world.eventId}`, edited)).statusCode).toBe(200);
    expect((await anonymous.get(`/api/events/${world.eventId}`)).json().name).toBe('Techconnect Nghệ An 2026 (sửa)');
  });

  it('names the field at fault and writes nothing on bad input', async () => {
    const before = (await anonymous.get('/api/events')).json().items.length;
    const backwards = await world.broker.client.post('/api/events', eventBody([world.point.id], { endsOn: '2026-12-01' }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields[0]).toMatchObject({ path: 'endsOn' });
    const outside = await world.broker.client.post(
      '/api/events',
      eventBody([world.point.id], { activities: [{ kind: 'forum', title: 'Diễn đàn', day: '2027-01-01' }] }),
    );
    expect(outside.json().error.details.fields[0]).toMatchObject({ path: 'activities.0.day', message: 'This time is outside the event’s dates.' });
    const badKind = await world.broker.client.post('/api/events', eventBody([world.point.id], { kind: 'party' }));
    expect(badKind.json().error.details.fields[0].path).toBe('kind');
    const notMine = await world.agency.client.post('/api/events', eventBody([world.point.id]));
    expect(notMine.json().error.details.fields[0].path).toBe('organiserOrganisationIds');
    expect((await anonymous.get('/api/events')).json().items.length).toBe(before);
  });

  it('registers people, lets organisers approve or refuse with a reason, and shows exhibited technologies', async () => {
    expect((await anonymous.post(`/api/events/${world.eventId}/registrations`, { role: 'visitor' })).statusCode).toBe(401);
    const wrongOrg = await world.supplier.client.post(`/api/events/${world.eventId}/registrations`, { role: 'exhibitor', organisationId: world.enterprise.id });
    expect(wrongOrg.json().error.details.fields[0].path).toBe('organisationId');
    const supplier = await world.supplier.client.post(`/api/events/${world.eventId}/registrations`, { role: 'exhibitor', organisationId: world.institute.id });
    expect(supplier.statusCode).toBe(201);
    const outsider = await world.outsider.client.post(`/api/events/${world.eventId}/registrations`, { role: 'visitor' });
    expect((await world.supplier.client.post(`/api/events/${world.eventId}/registrations`, { role: 'visitor' })).statusCode).toBe(409);

    expect((await world.supplier.client.get(`/api/events/${world.eventId}/registrations`)).statusCode).toBe(403);
    const list = (await world.broker.client.get(`/api/events/${world.eventId}/registrations`)).json();
    expect(list.items).toHaveLength(2);

    const decide = (id: string, body: unknown) => world.broker.client.post(`/api/events/${world.eventId}/registrations/${id}/decision`, body);
    expect((await decide(outsider.json().id, { decision: 'refuse' })).json().error.details.fields[0].path).toBe('reason');
    expect(
      (await world.supplier.client.post(`/api/events/${world.eventId}/registrations/${outsider.json().id}/decision`, { decision: 'approve' })).statusCode,
    ).toBe(403);
    expect((await decide(outsider.json().id, { decision: 'refuse', reason: 'Hết chỗ' })).statusCode).toBe(200);
    expect((await world.outsider.client.get(`/api/events/${world.eventId}`)).json().myRegistration).toMatchObject({
      status: 'refused',
      refusalReason: 'Hết chỗ',
    });

    // Exhibits before approval are refused; after, the public page lists them.
    expect((await world.supplier.client.put(`/api/events/${world.eventId}/exhibits`, { offerIds: [world.offer.id] })).statusCode).toBe(403);
    expect((await decide(supplier.json().id, { decision: 'approve', booth: 'A12' })).statusCode).toBe(200);
    const foreign = await world.supplier.client.put(`/api/events/${world.eventId}/exhibits`, { offerIds: [world.offer.id, world.demand.id] });
    expect(foreign.json().error.details.fields[0].path).toBe('offerIds.1');
    expect((await world.supplier.client.put(`/api/events/${world.eventId}/exhibits`, { offerIds: [world.offer.id] })).statusCode).toBe(200);
    const page = (await anonymous.get(`/api/events/${world.eventId}`)).json();
    expect(page.exhibits).toEqual([expect.objectContaining({ offerId: world.offer.id, booth: 'A12' })]);
    expect(JSON.stringify(page)).not.toContain('calendar');
  });

  it('takes no registration for an event that is over', async () => {
    const past = await world.broker.client.post('/api/events', eventBody([world.point.id], { startsOn: '2019-11-24', endsOn: '2019-11-26', activities: [] }));
    expect(past.statusCode).toBe(201);
    const late = await world.seeker.client.post(`/api/events/${past.json().id}/registrations`, { role: 'visitor' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details.reason).toBe('event_over');
    expect((await anonymous.get('/api/events?when=past')).json().items.map((e: { id: string }) => e.id)).toContain(past.json().id);
  });
});
