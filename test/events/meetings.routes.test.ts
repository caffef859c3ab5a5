import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, eventMeetingRequests, eventSessions, eventSlots, matches } from '../../src/db/schema/index.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { eventsWorld, sessionSlots } from './events-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
let anonymous: TestClient;
let sessionId: string;
type Person = { client: TestClient; registrationId: string };
const seekers: Person[] = [];
const suppliers: Person[] = [];

async function join(client: TestClient, role: string, organisationId: string) {
  const registered = await client.post(`/api/events/${world.eventId}/registrations`, { role, organisationId });
  const registrationId = registered.json().id as string;
  await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registrationId}/decision`, { decision: 'approve' });
  return { client, registrationId };
}

const ask = (from: Person, to: Person, reason = 'Trao đổi về công nghệ') =>
  from.client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: to.registrationId, reason });

async function requestIdBetween(from: Person, to: Person) {
  const items = (await to.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items;
  return items.find((r: { direction: string; status: string }) => r.direction === 'incoming' && r.status === 'pending')?.id as string;
}

async function meet(from: Person, to: Person) {
  expect((await ask(from, to)).statusCode).toBe(201);
  const id = await requestIdBetween(from, to);
  expect((await to.client.post(`/api/meeting-requests/${id}/answer`, { accept: true })).json().status).toBe('accepted');
  return id;
}

const vevents = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);

/** Rows a refused write must leave as they were: sessions, slots, meeting requests and the audit log. */
async function written() {
  const db = ctx.database.db;
  const [[sessions], [slots], [requests], [audits]] = await Promise.all([
    db.select({ n: count() }).from(eventSessions),
    db.select({ n: count() }).from(eventSlots),
    db.select({ n: count() }).from(eventMeetingRequests),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { sessions: sessions.n, slots: slots.n, requests: requests.n, audits: audits.n };
}

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  anonymous = new TestClient(ctx.app, 'en');
  const db = ctx.database.db;
  seekers.push(await join(world.seeker.client, 'seeker', world.enterprise.id));
  suppliers.push(await join(world.supplier.client, 'supplier', world.institute.id));
  for (let i = 0; i < 2; i++) {
    const enterprise = await newOrganisation(db, { provinceCode: '40' });
    seekers.push(await join((await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' })).client, 'seeker', enterprise.id));
    const institute = await newOrganisation(db, { kind: 'institute', provinceCode: '01' });
    suppliers.push(await join((await signedInClient(ctx.app, db, { organisationId: institute.id, language: 'en' })).client, 'supplier', institute.id));
  }
});
afterAll(async () => ctx?.close());

describe('B2B sessions', () => {
  it('refuses overlapping slots and slots outside the event dates, naming the slot', async () => {
    const url = `/api/events/${world.eventId}/sessions`;
    const before = await written();
    const [a, b] = sessionSlots(2);
    const overlapping = await world.broker.client.post(url, { title: 'B2B', tables: 2, slots: [a, { ...b, startsAt: a.startsAt }] });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().error.details.fields[0]).toMatchObject({ path: 'slots.1.startsAt', message: 'This slot overlaps the previous one.' });
    const outside = await world.broker.client.post(url, {
      title: 'B2B',
      tables: 2,
      slots: [{ startsAt: '2026-12-20T01:00:00Z', endsAt: '2026-12-20T01:30:00Z' }],
    });
    expect(outside.json().error.details.fields[0].path).toBe('slots.0.startsAt');
    expect((await seekers[0].client.post(url, { title: 'B2B', tables: 2, slots: sessionSlots(3) })).statusCode).toBe(403);
    // None of the refused sessions was written, nor audited.
    expect(await written()).toEqual(before);
    const created = await world.broker.client.post(url, {
      title: 'Gặp gỡ B2B',
      tables: 2,
      slots: sessionSlots(3),
      maxPendingOutgoing: 2,
      maxMeetingsPerPerson: 2,
    });
    expect(created.statusCode).toBe(201);
    sessionId = created.json().id;
    const page = (await anonymous.get(`/api/events/${world.eventId}`)).json();
    expect(page.sessions[0].slots).toHaveLength(3);
  });

  it('handles requests: not to oneself, not the same side, caps on pending and meetings, and only the people concerned see them', async () => {
    const before = await written();
    const self = await seekers[0].client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: seekers[0].registrationId, reason: 'x' });
    expect(self.json().error.details.fields[0]).toMatchObject({ path: 'toRegistrationId', message: 'You cannot ask to meet yourself.' });
    expect((await ask(seekers[0], seekers[1])).json().error.details.fields[0].path).toBe('toRegistrationId');
    expect(await written()).toEqual(before);
    expect((await ask(seekers[0], suppliers[0])).statusCode).toBe(201);
    expect((await ask(seekers[0], suppliers[0])).statusCode).toBe(409);
    expect((await ask(seekers[0], suppliers[1])).statusCode).toBe(201);
    const overCap = await ask(seekers[0], suppliers[2]);
    expect(overCap.statusCode).toBe(400);
    expect(overCap.json().error.details.fields[0]).toMatchObject({ path: 'toRegistrationId' });
    expect(overCap.json().error.details.fields[0].message).toContain('pending');
    const twoAsked = await written();
    expect(twoAsked.requests).toBe(before.requests + 2);

    // The outsider (not registered) and the public see nobody's requests.
    expect((await world.outsider.client.get(`/api/event-sessions/${sessionId}/requests`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/event-sessions/${sessionId}/requests`)).statusCode).toBe(401);
    const incoming = (await suppliers[0].client.get(`/api/event-sessions/${sessionId}/requests`)).json().items;
    expect(incoming).toHaveLength(1);
    // Someone else cannot answer it.
    expect((await suppliers[1].client.post(`/api/meeting-requests/${incoming[0].id}/answer`, { accept: true })).statusCode).toBe(404);
    expect((await suppliers[0].client.post(`/api/meeting-requests/${incoming[0].id}/answer`, { accept: true })).json().status).toBe('accepted');
    const second = await requestIdBetween(seekers[0], suppliers[1]);
    expect((await suppliers[1].client.post(`/api/meeting-requests/${second}/answer`, { accept: true })).statusCode).toBe(200);
    // Two meetings is the cap: a third request is refused, and neither refusal over a cap wrote a request.
    const atCap = await written();
    const overMeetings = await ask(seekers[0], suppliers[2]);
    expect(overMeetings.statusCode).toBe(400);
    expect(overMeetings.json().error.details.fields[0]).toMatchObject({ path: 'toRegistrationId' });
    expect(overMeetings.json().error.details.fields[0].message).toContain('most meetings');
    expect(await written()).toEqual(atCap);
    expect(atCap.requests).toBe(twoAsked.requests);
  });

  it('previews and publishes a schedule, shows each person their own agenda and a calendar feed', async () => {
    expect((await seekers[0].client.post(`/api/event-sessions/${sessionId}/schedule/preview`, {})).statusCode).toBe(403);
    // seeker 0 cannot meet in the first slot.
    const slots = (await anonymous.get(`/api/events/${world.eventId}`)).json().sessions[0].slots;
    expect((await seekers[0].client.put(`/api/event-sessions/${sessionId}/unavailability`, { slotIds: [slots[0].id] })).statusCode).toBe(200);
    await meet(seekers[1], suppliers[0]);
    const preview = (await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/preview`, {})).json();
    expect(preview).toMatchObject({ accepted: 3, scheduled: 3, upperBound: 3, published: false });
    expect((await seekers[0].client.get(`/api/events/${world.eventId}/agenda`)).json().items).toHaveLength(0);

    const published = (await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {})).json();
    expect(published).toMatchObject({ scheduled: 3, published: true });
    const agenda = (await seekers[0].client.get(`/api/events/${world.eventId}/agenda`)).json();
    expect(agenda.items).toHaveLength(2);
    expect(agenda.items.every((m: { startsAt: string }) => m.startsAt !== slots[0].startsAt)).toBe(true);
    expect((await suppliers[2].client.get(`/api/events/${world.eventId}/agenda`)).json().items).toHaveLength(0);
    expect((await world.outsider.client.get(`/api/events/${world.eventId}/agenda`)).statusCode).toBe(404);

    const feed = await anonymous.get(new URL(agenda.calendarUrl).pathname);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(vevents(feed.body)).toHaveLength(2);
    expect(feed.body).toContain(`UID:${agenda.items[0].meetingId}@techbridge`);
    expect(feed.body).toContain('SEQUENCE:0');
    // Times in the event's zone, with its VTIMEZONE: the agenda's instant, read on the wall clock in Vietnam (+07:00).
    expect(feed.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    expect(feed.body).toContain('TZOFFSETTO:+0700');
    const start = new Date(new Date(agenda.items[0].startsAt).getTime() + 7 * 3_600_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
    expect(feed.body).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${start}`);
    const told = (await suppliers[0].client.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(told).toEqual(expect.arrayContaining(['event.meeting-requested', 'event.schedule-published']));
    const asker = (await seekers[0].client.get('/api/notifications')).json().items.map((n: { kind: string; text: string }) => n.kind);
    expect(asker).toContain('event.meeting-answered');
    expect((await anonymous.get('/api/calendar/not-a-real-token-at-all.ics')).statusCode).toBe(404);
  });

  it('re-runs after a cancellation and a late request without moving confirmed meetings, and the feed marks the cancellation', async () => {
    const before = (await seekers[1].client.get(`/api/events/${world.eventId}/agenda`)).json().items;
    const agenda0 = (await seekers[0].client.get(`/api/events/${world.eventId}/agenda`)).json();
    const mine = (await seekers[0].client.get(`/api/event-sessions/${sessionId}/requests`)).json().items;
    const cancelled = mine.find((r: { status: string }) => r.status === 'accepted');
    expect((await seekers[0].client.post(`/api/meeting-requests/${cancelled.id}/cancel`)).json().status).toBe('cancelled');
    await meet(seekers[2], suppliers[2]);
    await meet(seekers[1], suppliers[1]);

    const rerun = (await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {})).json();
    expect(rerun).toMatchObject({ movedConfirmed: 0, confirmedKept: 2, scheduled: 4 });
    const after = (await seekers[1].client.get(`/api/events/${world.eventId}/agenda`)).json().items;
    const kept = after.find((m: { meetingId: string }) => m.meetingId === before[0].meetingId);
    expect(kept).toMatchObject({ startsAt: before[0].startsAt, table: before[0].table, status: 'confirmed' });
    expect(after).toHaveLength(2);

    const feed = (await anonymous.get(new URL(agenda0.calendarUrl).pathname)).body;
    const events = vevents(feed);
    expect(events).toHaveLength(2);
    const gone = events.find((e) => e.includes('STATUS:CANCELLED'))!;
    expect(gone).toContain('SEQUENCE:1');
    expect(events.filter((e) => e.includes('STATUS:CONFIRMED'))).toHaveLength(1);
  });
});

describe('request expiry and what the public sees', () => {
  it('expires a pending request after its time (72 h by default), which then counts against no cap and holds no slot', async () => {
    const created = await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Phiên chiều', tables: 1, slots: sessionSlots(1) });
    const other = created.json().id as string;
    const asked = await seekers[2].client.post(`/api/event-sessions/${other}/requests`, { toRegistrationId: suppliers[0].registrationId, reason: 'Hỏi thêm' });
    expect(asked.statusCode).toBe(201);
    const [row] = await ctx.database.db.select().from(eventMeetingRequests).where(eq(eventMeetingRequests.id, asked.json().id));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(72 * 3_600_000, -4);
    // A pending request holds no slot: the scheduler sees nothing to place.
    expect((await world.broker.client.post(`/api/event-sessions/${other}/schedule/preview`, {})).json()).toMatchObject({ accepted: 0, scheduled: 0 });
    await ctx.database.db
      .update(eventMeetingRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(eventMeetingRequests.id, row.id));
    const mine = (await seekers[2].client.get(`/api/event-sessions/${other}/requests`)).json().items;
    expect(mine[0].status).toBe('expired');
    for (const person of [seekers[2], suppliers[0]]) {
      const kinds = (await person.client.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
      expect(kinds).toContain('event.meeting-expired');
    }
    expect((await suppliers[0].client.post(`/api/meeting-requests/${row.id}/answer`, { accept: true })).statusCode).toBe(409);
  });

  it('suggests whom to meet from the matcher, best match first, with the demand and offer as the reason', async () => {
    await ctx.database.db.insert(matches).values({ demandId: world.demand.id, offerId: world.offer.id, score: 81 });
    const items = (await seekers[0].client.get(`/api/events/${world.eventId}/participants`)).json().items;
    expect(items[0]).toMatchObject({
      registrationId: suppliers[0].registrationId,
      match: { score: 81, demandTitle: world.demand.title, offerTitle: world.offer.title },
    });
    const back = (await suppliers[0].client.get(`/api/events/${world.eventId}/participants`)).json().items;
    expect(back.find((p: { registrationId: string }) => p.registrationId === seekers[0].registrationId).match.score).toBe(81);
  });

  it('shows the public the event page and exhibited technologies, but nobody’s participants, requests or agenda', async () => {
    expect((await anonymous.get(`/api/events/${world.eventId}`)).statusCode).toBe(200);
    expect((await anonymous.get(`/api/events/${world.eventId}/participants`)).statusCode).toBe(401);
    expect((await anonymous.get(`/api/events/${world.eventId}/agenda`)).statusCode).toBe(401);
    expect((await anonymous.get(`/api/events/${world.eventId}/registrations`)).statusCode).toBe(401);
    expect((await world.outsider.client.get(`/api/events/${world.eventId}/participants`)).statusCode).toBe(403);
    expect((await anonymous.get(`/api/events/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});
