import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connections, eventMeetings, eventSlots, matches } from '../../src/db/schema/index.js';
import { badgeCodeOf } from '../../src/shared/events/event-codes.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { eventsWorld, sessionSlots } from './events-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
let sessionId: string;
type Person = { client: TestClient; registrationId: string };
let seeker: Person;
let supplier: Person;
let meetingId: string;

async function join(client: TestClient, role: string, organisationId: string) {
  const registered = await client.post(`/api/events/${world.eventId}/registrations`, { role, organisationId });
  const registrationId = registered.json().id as string;
  await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registrationId}/decision`, { decision: 'approve', booth: 'A12' });
  return { client, registrationId };
}

const answer = (person: Person, outcome: string, note?: string) => person.client.post(`/api/event-meetings/${meetingId}/outcome`, { outcome, note });
const dashboard = () => world.broker.client.get(`/api/events/${world.eventId}/dashboard`);

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  seeker = await join(world.seeker.client, 'seeker', world.enterprise.id);
  supplier = await join(world.supplier.client, 'supplier', world.institute.id);
  await ctx.database.db.insert(matches).values({ demandId: world.demand.id, offerId: world.offer.id, score: 77 });
  sessionId = (await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Gặp gỡ B2B', tables: 2, slots: sessionSlots(2) })).json().id;
  await seeker.client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: supplier.registrationId, reason: 'Enzyme cho nước mắm' });
  const incoming = (await supplier.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items;
  await supplier.client.post(`/api/meeting-requests/${incoming[0].id}/answer`, { accept: true });
  await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {});
  meetingId = (await seeker.client.get(`/api/events/${world.eventId}/agenda`)).json().items[0].meetingId;
});
afterAll(async () => ctx?.close());

describe('meeting outcomes', () => {
  it('are answered only after the meeting starts, only by its two sides, with a known outcome', async () => {
    const early = await answer(seeker, 'cooperation-possible');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.reason).toBe('meeting_not_started');
    // The day of the event comes: its slots are now in the past.
    await ctx.database.db
      .update(eventSlots)
      .set({ startsAt: sql`${eventSlots.startsAt} - interval '30 days'`, endsAt: sql`${eventSlots.endsAt} - interval '30 days'` })
      .where(eq(eventSlots.sessionId, sessionId));
    expect((await world.outsider.client.post(`/api/event-meetings/${meetingId}/outcome`, { outcome: 'no-interest' })).statusCode).toBe(404);
    expect((await world.broker.client.post(`/api/event-meetings/${meetingId}/outcome`, { outcome: 'no-interest' })).statusCode).toBe(404);
    const bad = await answer(seeker, 'maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('outcome');
    const agenda = (await seeker.client.get(`/api/events/${world.eventId}/agenda`)).json();
    expect(agenda.items[0]).toMatchObject({ canAnswer: true, outcome: null });
    expect(agenda.badgeCode).toBe(badgeCodeOf(seeker.registrationId));
  });

  it('"cooperation possible" opens a connection linked to the event, the demand and the offer; the other side’s answer moves it to the meeting stage', async () => {
    const first = await answer(seeker, 'cooperation-possible', 'Muốn thử nghiệm tại nhà máy');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ outcome: 'cooperation-possible', connectionStage: 'proposed' });
    const connectionId = first.json().connectionId as string;
    const [row] = await ctx.database.db.select().from(connections).where(eq(connections.id, connectionId));
    expect(row).toMatchObject({
      eventId: world.eventId,
      channel: 'event',
      demandId: world.demand.id,
      offerId: world.offer.id,
      seekerOrganisationId: world.enterprise.id,
      supplierOrganisationId: world.institute.id,
    });
    // Answering again the same way opens nothing new; changing an answer that opened a connection is refused.
    expect((await answer(seeker, 'cooperation-possible')).json().connectionId).toBe(connectionId);
    const change = await answer(seeker, 'no-interest');
    expect(change.statusCode).toBe(409);
    expect(change.json().error.details.reason).toBe('outcome_opened_connection');

    const second = await answer(supplier, 'cooperation-possible');
    expect(second.json()).toMatchObject({ connectionId, connectionStage: 'meeting' });
    const pipeline = (await world.supplier.client.get('/api/connections')).json().items;
    expect(pipeline.filter((c: { id: string }) => c.id === connectionId)).toHaveLength(1);
    expect((await seeker.client.get(`/api/events/${world.eventId}/agenda`)).json().items[0]).toMatchObject({ outcome: 'cooperation-possible', connectionId });
  });

  it('an MoU signed on that connection is the event’s, and the dashboard counts it with what led to it', async () => {
    const { connectionId } = (await answer(seeker, 'cooperation-possible')).json();
    const mou = await world.broker.client.post(`/api/connections/${connectionId}/agreements`, {
      kind: 'mou',
      title: 'Biên bản ghi nhớ ký tại Techconnect',
      valueVnd: 3_500_000_000,
      signedOn: new Date().toISOString().slice(0, 10),
      parties: [
        { name: 'Công ty Nước mắm Cửa Hội', role: 'transferee' },
        { name: 'Viện Công nghệ Thực phẩm', role: 'transferor' },
      ],
    });
    expect(mou.statusCode).toBe(201);
    expect((await seeker.client.get(`/api/events/${world.eventId}/dashboard`)).statusCode).toBe(403);
    const figures = (await dashboard()).json();
    expect(figures.registrations).toEqual(
      expect.arrayContaining([
        { role: 'seeker', status: 'approved', count: 1 },
        { role: 'supplier', status: 'approved', count: 1 },
      ]),
    );
    expect(figures.meetings).toEqual({ requested: 1, accepted: 1, scheduled: 1, held: 1, notHeld: 0, unanswered: 0, noShow: 0 });
    expect(figures.outcomes).toEqual([{ outcome: 'cooperation-possible', count: 2 }]);
    expect(figures.connections).toEqual({ opened: 1, byStage: [{ stage: 'mou', count: 1 }] });
    expect(figures.mous).toEqual({ count: 1, valueVnd: 3_500_000_000 });
    expect(figures.contracts).toEqual({ count: 0, valueVnd: 0 });
    expect(figures.booths).toBe(2);
    // The national dashboard counts the event's MoU.
    const year = new Date().getFullYear();
    const national = (await world.agency.client.get(`/api/reports/network?from=2026&to=${year}`)).json();
    expect(national.events).toEqual(expect.arrayContaining([expect.objectContaining({ id: world.eventId, mous: 1, valueVnd: 3_500_000_000 })]));
  });
});

describe('check-in', () => {
  it('only the organisers scan badges; a repeated scan counts once; an unknown or malformed code names the field', async () => {
    const code = badgeCodeOf(supplier.registrationId);
    const url = `/api/events/${world.eventId}/check-ins`;
    expect((await seeker.client.post(url, { code })).statusCode).toBe(403);
    const badges = (await world.broker.client.get(`/api/events/${world.eventId}/badges`)).json();
    expect(badges.items.map((b: { code: string }) => b.code).sort()).toEqual([badgeCodeOf(seeker.registrationId), code].sort());
    expect((await seeker.client.get(`/api/events/${world.eventId}/badges`)).statusCode).toBe(403);

    const scannedAt = new Date(Date.now() - 60_000).toISOString();
    const first = await world.broker.client.post(url, { code: code.toLowerCase(), scannedAt });
    expect(first.json()).toMatchObject({ registrationId: supplier.registrationId, already: false, checkedIn: 1, scannedAt });
    const again = await world.broker.client.post(url, { code });
    expect(again.json()).toMatchObject({ already: true, checkedIn: 1, scannedAt });

    const unknown = await world.broker.client.post(url, { code: '0000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0]).toMatchObject({ path: 'code', message: 'No badge of this event has this code.' });
    const malformed = await world.broker.client.post(url, { code: 'hello' });
    expect(malformed.json().error.details.fields[0].path).toBe('code');
    expect((await dashboard()).json().checkedIn).toBe(1);
  });

  it('registers and checks in a walk-in with an account, with their organisation; an unknown e-mail names the field', async () => {
    const url = `/api/events/${world.eventId}/walk-ins`;
    const email = world.outsider.user.email;
    expect((await seeker.client.post(url, { email })).statusCode).toBe(403);
    const unknown = await world.broker.client.post(url, { email: 'nobody@example.vn' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0]).toMatchObject({ path: 'email', message: 'No account has this e-mail address.' });
    expect((await world.broker.client.post(url, { email: 'not an e-mail' })).json().error.details.fields[0].path).toBe('email');

    const walkIn = await world.broker.client.post(url, { email: email.toUpperCase(), role: 'visitor' });
    expect(walkIn.statusCode).toBe(200);
    expect(walkIn.json()).toMatchObject({ already: false, checkedIn: 2, organisationName: world.stranger.nameVi });
    expect((await world.broker.client.post(url, { email })).json()).toMatchObject({ already: true, checkedIn: 2 });
    const registrations = (await world.broker.client.get(`/api/events/${world.eventId}/registrations`)).json().items;
    expect(registrations.filter((r: { status: string }) => r.status === 'approved')).toHaveLength(3);
  });
});

describe('setup safety', () => {
  it('refuses to drop a slot holding a meeting or tables in use without saying which meetings; cancelling them tells their people', async () => {
    const url = `/api/event-sessions/${sessionId}/setup`;
    const slots = (await world.broker.client.get(`/api/events/${world.eventId}`)).json().sessions[0].slots as Array<{ id: string }>;
    const [row] = await ctx.database.db.select().from(eventMeetings).where(eq(eventMeetings.id, meetingId));
    const busySlot = row.slotId;
    const freeSlot = slots.find((s) => s.id !== busySlot)!.id;
    // The scheduler put this meeting at the second table (as it would in a fuller session).
    await ctx.database.db.update(eventMeetings).set({ tableNumber: 2 }).where(eq(eventMeetings.id, meetingId));

    expect((await seeker.client.put(url, { tables: 1 })).statusCode).toBe(403);
    const busy = await world.broker.client.put(url, { tables: 2, removeSlotIds: [busySlot] });
    expect(busy.statusCode).toBe(400);
    expect(busy.json().error.details.fields[0]).toMatchObject({
      path: 'removeSlotIds.0',
      message: 'This slot holds meetings; it cannot be removed without losing them.',
    });
    const shrink = await world.broker.client.put(url, { tables: 1, removeSlotIds: [freeSlot] });
    expect(shrink.statusCode).toBe(409);
    expect(shrink.json().error.details).toMatchObject({ reason: 'meetings_affected', affected: [{ meetingId, table: 2 }] });
    // Nothing was written.
    expect((await world.broker.client.get(`/api/events/${world.eventId}`)).json().sessions[0]).toMatchObject({ tables: 2, slots: expect.any(Array) });
    expect((await world.broker.client.get(`/api/events/${world.eventId}`)).json().sessions[0].slots).toHaveLength(2);

    const done = await world.broker.client.put(url, { tables: 1, removeSlotIds: [freeSlot], cancelAffected: true });
    expect(done.json()).toMatchObject({ tables: 1, slots: 1, cancelled: [{ meetingId }] });
    const agenda = (await seeker.client.get(`/api/events/${world.eventId}/agenda`)).json();
    expect(agenda.items[0]).toMatchObject({ meetingId, status: 'cancelled', canAnswer: false });
    const feed = (await seeker.client.get(new URL(agenda.calendarUrl).pathname)).body;
    expect(feed).toContain('STATUS:CANCELLED');
    expect(feed).toContain('SEQUENCE:1');
    const told = (await supplier.client.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(told).toContain('event.meeting-cancelled');
  });
});
