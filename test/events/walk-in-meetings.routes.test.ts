import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, eventMeetingRequests, eventMeetings, eventSessions, eventSlots } from '../../src/db/schema/index.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { eventsWorld, sessionSlots } from './events-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
let sessionId: string;
let otherSessionId: string;
let otherSlotId: string;
const reg: Record<'seeker' | 'outsider' | 'supplier' | 'seeker3' | 'supplier2' | 'pending', string> = {
  seeker: '',
  outsider: '',
  supplier: '',
  seeker3: '',
  supplier2: '',
  pending: '',
};
let seeker3: TestClient;
let supplier2: TestClient;
type AgendaItem = { meetingId: string; startsAt: string; table: number; status: string; otherName: string };
let slots: Array<{ id: string; startsAt: string }>;

async function join(client: TestClient, role: string, organisationId: string, approve = true) {
  const registered = await client.post(`/api/events/${world.eventId}/registrations`, { role, organisationId });
  const registrationId = registered.json().id as string;
  if (approve) await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registrationId}/decision`, { decision: 'approve' });
  return registrationId;
}

const walkIn = (client: TestClient, body: Record<string, unknown>, session = sessionId) => client.post(`/api/event-sessions/${session}/walk-in-meetings`, body);
const agenda = async (client: TestClient): Promise<AgendaItem[]> => (await client.get(`/api/events/${world.eventId}/agenda`)).json().items;
const freeTables = async () => (await world.broker.client.get(`/api/event-sessions/${sessionId}/free-tables`)).json();
const written = async () => {
  const db = ctx.database.db;
  const [[meetings], [requests], [audits]] = await Promise.all([
    db.select({ n: count() }).from(eventMeetings),
    db.select({ n: count() }).from(eventMeetingRequests),
    db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'event.meeting.walk-in')),
  ]);
  return { meetings: meetings.n, requests: requests.n, audits: audits.n };
};

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  const db = ctx.database.db;
  reg.seeker = await join(world.seeker.client, 'seeker', world.enterprise.id);
  reg.outsider = await join(world.outsider.client, 'seeker', world.stranger.id);
  reg.supplier = await join(world.supplier.client, 'supplier', world.institute.id);
  const lab = await newOrganisation(db, { kind: 'university', provinceCode: '40', nameVi: 'Trường Đại học Vinh' });
  const farm = await newOrganisation(db, { provinceCode: '40', nameVi: 'HTX Chè Thanh Chương' });
  supplier2 = (await signedInClient(ctx.app, db, { organisationId: lab.id, language: 'en' })).client;
  seeker3 = (await signedInClient(ctx.app, db, { organisationId: farm.id, language: 'en' })).client;
  reg.supplier2 = await join(supplier2, 'supplier', lab.id);
  reg.seeker3 = await join(seeker3, 'seeker', farm.id);
  const late = await newOrganisation(db, { provinceCode: '40' });
  reg.pending = await join((await signedInClient(ctx.app, db, { organisationId: late.id })).client, 'seeker', late.id, false);
  // One table, two slots: the supplier meets the seeker in one slot and the outsider in the other.
  sessionId = (await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Gặp gỡ B2B', tables: 1, slots: sessionSlots(2) })).json().id;
  otherSessionId = (await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Phiên chiều', tables: 3, slots: sessionSlots(1) })).json()
    .id;
  for (const asker of [world.seeker, world.outsider])
    await asker.client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: reg.supplier, reason: 'Enzyme cho nước mắm' });
  for (const incoming of (await world.supplier.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items)
    await world.supplier.client.post(`/api/meeting-requests/${incoming.id}/answer`, { accept: true });
  expect((await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {})).json().scheduled).toBe(2);
  const sessions = (await world.broker.client.get(`/api/events/${world.eventId}`)).json().sessions;
  slots = sessions.find((s: { id: string }) => s.id === sessionId).slots;
  otherSlotId = sessions.find((s: { id: string }) => s.id === otherSessionId).slots[0].id;
  const startOf = async (client: TestClient) => (await agenda(client))[0].startsAt;
  const seekerStart = await startOf(world.seeker.client);
  const outsiderStart = await startOf(world.outsider.client);
  seekerSlotId = slots.find((s) => s.startsAt === seekerStart)!.id;
  outsiderSlotId = slots.find((s) => s.startsAt === outsiderStart)!.id;
});
afterAll(async () => ctx?.close());

let seekerSlotId: string;
let outsiderSlotId: string;

describe('walk-in meetings at freed tables', () => {
  it('only the organisers’ staff seat walk-in meetings or see free tables', async () => {
    const before = await written();
    const body = { slotId: slots[0].id, fromRegistrationId: reg.seeker3, toRegistrationId: reg.supplier2 };
    expect((await walkIn(new TestClient(ctx.app, 'en'), body)).statusCode).toBe(401);
    expect((await new TestClient(ctx.app, 'en').get(`/api/event-sessions/${sessionId}/free-tables`)).statusCode).toBe(401);
    const stranger = (await signedInClient(ctx.app, ctx.database.db, { language: 'en' })).client;
    for (const client of [world.seeker.client, world.supplier.client, stranger]) {
      const refused = await walkIn(client, body);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.details.reason).toBe('not_event_organiser');
      expect((await client.get(`/api/event-sessions/${sessionId}/free-tables`)).statusCode).toBe(403);
    }
    expect(await written()).toEqual(before);
  });

  it('a full slot answers 409 in the caller’s language, writing nothing', async () => {
    const slotId = seekerSlotId;
    expect((await freeTables()).slots.find((s: { slotId: string }) => s.slotId === slotId)).toMatchObject({ freeTables: [], current: false });
    const before = await written();
    const full = await walkIn(world.broker.client, { slotId, fromRegistrationId: reg.outsider, toRegistrationId: reg.supplier2 });
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({ code: 'CONFLICT', details: { reason: 'no_free_table' } });
    expect(full.json().error.message).toContain('Every table of this slot holds a meeting');
    expect(await written()).toEqual(before);
  });

  it('refuses bad input with a 400 naming the field, writing nothing', async () => {
    const before = await written();
    const slotId = seekerSlotId;
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ slotId, fromRegistrationId: 'nope', toRegistrationId: reg.supplier2 }, 'fromRegistrationId'],
      [{ slotId, fromRegistrationId: reg.outsider, toRegistrationId: reg.outsider }, 'toRegistrationId', 'Choose two different people'],
      [{ slotId, fromRegistrationId: '00000000-0000-4000-8000-000000000000', toRegistrationId: reg.supplier2 }, 'fromRegistrationId', 'not an approved'],
      [{ slotId, fromRegistrationId: reg.pending, toRegistrationId: reg.supplier2 }, 'fromRegistrationId', 'not an approved'],
      [{ slotId, fromRegistrationId: reg.outsider, toRegistrationId: reg.seeker3 }, 'toRegistrationId', 'same side'],
      [{ slotId: otherSlotId, fromRegistrationId: reg.outsider, toRegistrationId: reg.supplier2 }, 'slotId', 'not part of this session'],
      // No slot is under way before the event's day.
      [{ fromRegistrationId: reg.outsider, toRegistrationId: reg.supplier2 }, 'slotId', 'No slot is under way'],
      // The seeker already meets the supplier then.
      [{ slotId, fromRegistrationId: reg.seeker, toRegistrationId: reg.supplier2 }, 'fromRegistrationId', 'already has a meeting'],
    ];
    for (const [body, path, message] of cases) {
      const bad = await walkIn(world.broker.client, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
      expect(bad.json().error.details.fields[0].path).toBe(path);
      if (message) expect(bad.json().error.details.fields[0].message).toContain(message);
    }
    // A session without a published schedule seats nobody.
    const unpublished = await walkIn(
      world.broker.client,
      { slotId: otherSlotId, fromRegistrationId: reg.outsider, toRegistrationId: reg.supplier2 },
      otherSessionId,
    );
    expect(unpublished.statusCode).toBe(409);
    expect(unpublished.json().error.details.reason).toBe('session_not_published');
    expect(await written()).toEqual(before);
  });

  it('a cancelled meeting frees its table: the walk-in meeting takes it in the same slot, in both agendas and the calendar feed', async () => {
    const slotId = seekerSlotId;
    const cancelled = (await agenda(world.seeker.client))[0];
    const request = (await world.seeker.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items[0];
    expect((await world.seeker.client.post(`/api/meeting-requests/${request.id}/cancel`)).json().status).toBe('cancelled');
    expect((await freeTables()).slots.find((s: { slotId: string }) => s.slotId === slotId).freeTables).toEqual([1]);

    const placed = await walkIn(world.broker.client, { slotId, fromRegistrationId: reg.outsider, toRegistrationId: reg.supplier2, reason: 'Gặp tại quầy' });
    expect(placed.statusCode).toBe(201);
    expect(placed.json()).toMatchObject({ slotId, table: 1, startsAt: cancelled.startsAt });
    const meetingId = placed.json().meetingId;
    const theirs = (await agenda(supplier2)).find((m) => m.meetingId === meetingId);
    expect(theirs).toMatchObject({ table: 1, status: 'confirmed', startsAt: cancelled.startsAt });
    expect((await agenda(world.outsider.client)).map((m) => m.meetingId)).toContain(meetingId);
    const calendarUrl = (await supplier2.get(`/api/events/${world.eventId}/agenda`)).json().calendarUrl as string;
    const feed = (await new TestClient(ctx.app, 'en').get(new URL(calendarUrl).pathname)).body;
    expect(feed).toContain(`UID:${meetingId}@techbridge`);
    expect((await freeTables()).slots.find((s: { slotId: string }) => s.slotId === slotId)).toMatchObject({
      freeTables: [],
      busyRegistrationIds: expect.arrayContaining([reg.outsider, reg.supplier2]),
    });
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'event.meeting.walk-in'), eq(auditLog.entityId, meetingId)));
    expect(audit.after).toMatchObject({ table: 1, fromRegistrationId: reg.outsider, toRegistrationId: reg.supplier2, reason: 'Gặp tại quầy' });
    // Both people are told where and when, in their language and on the event's wall clock (08:30 in Viet Nam is 01:30 UTC).
    const hhmm = new Date(new Date(cancelled.startsAt).getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
    for (const client of [world.outsider.client, supplier2]) {
      const told = (await client.get('/api/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'event.meeting-walk-in');
      expect(told).toHaveLength(1);
      expect(told[0].text).toContain(`at ${hhmm}, 11/12/2026 at table 1`);
      expect(told[0].link).toBe(`/events/${world.eventId}/agenda`);
    }
    const bystander = (await world.seeker.client.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(bystander).not.toContain('event.meeting-walk-in');
    // The supplier is now busy in that slot; the same two cannot have a second meeting in the session.
    const busy = await walkIn(world.broker.client, { slotId, fromRegistrationId: reg.seeker3, toRegistrationId: reg.supplier2 });
    expect(busy.json().error.details.fields[0]).toMatchObject({ path: 'toRegistrationId' });
    const twice = await walkIn(world.broker.client, { slotId: outsiderSlotId, fromRegistrationId: reg.outsider, toRegistrationId: reg.supplier2 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_EXISTS');
  });

  it('a partner marked absent frees the table for the slot under way; the cap counts only meetings that took place', async () => {
    // The outsider's slot with the supplier is now under way.
    const slotId = outsiderSlotId;
    const now = Date.now();
    await ctx.database.db
      .update(eventSlots)
      .set({ startsAt: new Date(now - 5 * 60_000), endsAt: new Date(now + 25 * 60_000) })
      .where(eq(eventSlots.id, slotId));
    const absent = (await agenda(world.outsider.client)).find((m) => m.startsAt === new Date(now - 5 * 60_000).toISOString())!;
    expect((await world.broker.client.put(`/api/event-meetings/${absent.meetingId}/attendance`, { attendance: 'to-absent' })).statusCode).toBe(200);
    expect((await freeTables()).slots.find((s: { slotId: string }) => s.slotId === slotId)).toMatchObject({ current: true, freeTables: [1] });

    // No slot named: the one under way.
    const placed = await walkIn(world.broker.client, { fromRegistrationId: reg.seeker3, toRegistrationId: reg.supplier });
    expect(placed.statusCode).toBe(201);
    expect(placed.json()).toMatchObject({ slotId, table: 1, supplierTable: true });

    // A scheduler run later keeps the walk-in meeting where it is and leaves the marked one as marked.
    const rerun = await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {});
    expect(rerun.statusCode).toBe(200);
    expect(rerun.json()).toMatchObject({ movedConfirmed: 0 });
    const rows = await ctx.database.db.select().from(eventMeetings).where(eq(eventMeetings.slotId, slotId));
    expect(rows.map((r) => [r.id === placed.json().meetingId, r.status, r.tableNumber, r.attendance]).sort()).toEqual(
      [
        [false, 'confirmed', 1, 'to-absent'],
        [true, 'confirmed', 1, null],
      ].sort(),
    );

    // With a cap of one meeting, seeker 3 (who has one) is refused; a missed meeting would not have counted.
    await ctx.database.db.update(eventSessions).set({ maxMeetingsPerPerson: 1 }).where(eq(eventSessions.id, sessionId));
    const capped = await walkIn(world.broker.client, { slotId: seekerSlotId, fromRegistrationId: reg.seeker3, toRegistrationId: reg.supplier2 });
    expect(capped.statusCode).toBe(400);
    expect(capped.json().error.details.fields[0]).toMatchObject({ path: 'fromRegistrationId', message: expect.stringContaining('most meetings') });
  });
});

describe('the event’s lists page by cursor with their real total', () => {
  type Page<T> = { items: T[]; total: number; nextCursor: string | null };
  async function all<T>(client: TestClient, path: string, limit: number): Promise<{ pages: Page<T>[]; items: T[] }> {
    const pages: Page<T>[] = [];
    let cursor: string | null = null;
    do {
      const answer = await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.statusCode, answer.body).toBe(200);
      pages.push(answer.json());
      cursor = pages[pages.length - 1].nextCursor;
    } while (cursor);
    return { pages, items: pages.flatMap((p) => p.items) };
  }

  it('participants: every approved one but the caller once, searchable by name and side', async () => {
    const { pages, items } = await all<{ registrationId: string; role: string }>(world.broker.client, `/api/events/${world.eventId}/participants`, 2);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.total === 5)).toBe(true);
    expect(new Set(items.map((i) => i.registrationId))).toEqual(new Set([reg.seeker, reg.outsider, reg.supplier, reg.supplier2, reg.seeker3]));
    const suppliers = (await world.broker.client.get(`/api/events/${world.eventId}/participants?side=supply`)).json();
    expect(suppliers.total).toBe(2);
    expect(suppliers.items.map((i: { registrationId: string }) => i.registrationId).sort()).toEqual([reg.supplier, reg.supplier2].sort());
    // Accents and case do not matter: "vinh" finds Trường Đại học Vinh.
    const found = (await world.broker.client.get(`/api/events/${world.eventId}/participants?q=DAI%20HOC%20vinh`)).json();
    expect(found).toMatchObject({ total: 1, nextCursor: null, items: [{ registrationId: reg.supplier2 }] });
    const mine = (await world.seeker.client.get(`/api/events/${world.eventId}/participants?limit=100`)).json();
    expect(mine.items.map((i: { registrationId: string }) => i.registrationId)).not.toContain(reg.seeker);
    expect(mine.total).toBe(4);
    const bad = await world.broker.client.get(`/api/events/${world.eventId}/participants?cursor=nonsense`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('cursor');
  });

  it('a person’s requests and the badges to print', async () => {
    const requests = await all<{ direction: string }>(world.supplier.client, `/api/event-sessions/${sessionId}/requests`, 1);
    expect(requests.pages[0].total).toBe(3);
    expect(requests.items.map((r) => r.direction)).toEqual(['incoming', 'incoming', 'incoming']);
    const badges = await all<{ registrationId: string }>(world.broker.client, `/api/events/${world.eventId}/badges`, 2);
    expect(badges.pages[0]).toMatchObject({ total: 5, eventName: 'Techconnect Nghệ An 2026' });
    expect(new Set(badges.items.map((b) => b.registrationId)).size).toBe(5);
  });
});
