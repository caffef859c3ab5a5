import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, eventSlots } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { eventsWorld, sessionSlots } from './events-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
let sessionId: string;
type Meeting = { meetingId: string; table: number };
let first: Meeting;
let second: Meeting;

async function join(client: TestClient, role: string, organisationId: string) {
  const registered = await client.post(`/api/events/${world.eventId}/registrations`, { role, organisationId });
  const registrationId = registered.json().id as string;
  await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registrationId}/decision`, { decision: 'approve' });
  return registrationId;
}

const sheet = (client: TestClient, table: number | string) => client.get(`/api/event-sessions/${sessionId}/table-sheet?table=${table}`);
const mark = (client: TestClient, meetingId: string, attendance: string | null) => client.put(`/api/event-meetings/${meetingId}/attendance`, { attendance });
const meetingFigures = async () => (await world.broker.client.get(`/api/events/${world.eventId}/dashboard`)).json().meetings;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  await join(world.seeker.client, 'seeker', world.enterprise.id);
  await join(world.outsider.client, 'seeker', world.stranger.id);
  const supplierId = await join(world.supplier.client, 'supplier', world.institute.id);
  sessionId = (await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Gặp gỡ B2B', tables: 2, slots: sessionSlots(2) })).json().id;
  for (const asker of [world.seeker, world.outsider])
    await asker.client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: supplierId, reason: 'Enzyme cho nước mắm' });
  for (const incoming of (await world.supplier.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items)
    await world.supplier.client.post(`/api/meeting-requests/${incoming.id}/answer`, { accept: true });
  await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {});
  [first] = (await world.seeker.client.get(`/api/events/${world.eventId}/agenda`)).json().items;
  [second] = (await world.outsider.client.get(`/api/events/${world.eventId}/agenda`)).json().items;
});
afterAll(async () => ctx?.close());

describe('table hosts', () => {
  it('only the organisers’ staff see a table’s sheet; a table the session lacks names the field', async () => {
    expect((await new TestClient(ctx.app, 'en').get(`/api/event-sessions/${sessionId}/table-sheet?table=1`)).statusCode).toBe(401);
    expect((await sheet(world.seeker.client, first.table)).statusCode).toBe(403);
    expect((await sheet(world.supplier.client, first.table)).statusCode).toBe(403);
    for (const table of [3, 0, 'A']) {
      const bad = await sheet(world.broker.client, table);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.fields[0].path).toBe('querystring.table');
    }
    const own = (await sheet(world.broker.client, first.table)).json();
    expect(own).toMatchObject({ sessionTitle: 'Gặp gỡ B2B', tables: 2, table: first.table, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(own.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          meetingId: first.meetingId,
          from: { name: expect.any(String), organisation: 'Công ty Nước mắm Cửa Hội' },
          to: { name: expect.any(String), organisation: 'Viện Công nghệ Thực phẩm' },
          attendance: null,
          canMark: false,
        }),
      ]),
    );
    // Every item on the sheet sits at the table asked for: the other meeting shows only on its own table's sheet.
    const other = (await sheet(world.broker.client, first.table === 1 ? 2 : 1)).json();
    const everywhere = [...own.items, ...other.items].map((i: { meetingId: string }) => i.meetingId).sort();
    expect(everywhere).toEqual([first.meetingId, second.meetingId].sort());
  });

  it('marks only a started meeting, only by the organisers’ staff, with a known mark', async () => {
    const early = await mark(world.broker.client, first.meetingId, 'held');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.reason).toBe('attendance_not_started');
    // The day of the event comes: its slots are now in the past.
    await ctx.database.db
      .update(eventSlots)
      .set({ startsAt: sql`${eventSlots.startsAt} - interval '30 days'`, endsAt: sql`${eventSlots.endsAt} - interval '30 days'` })
      .where(eq(eventSlots.sessionId, sessionId));
    expect((await mark(world.seeker.client, first.meetingId, 'held')).statusCode).toBe(403);
    expect((await mark(world.broker.client, '00000000-0000-4000-8000-000000000000', 'held')).statusCode).toBe(404);
    const bad = await mark(world.broker.client, first.meetingId, 'late');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('attendance');
    expect((await meetingFigures()).unanswered).toBe(2);
    expect((await sheet(world.broker.client, first.table)).json().items.every((i: { canMark: boolean }) => i.canMark)).toBe(true);
  });

  it('the dashboard’s held, absent and scheduled figures follow the marks, over the sides’ answers', async () => {
    const held = await mark(world.broker.client, first.meetingId, 'held');
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({ meetingId: first.meetingId, attendance: 'held', markedAt: expect.any(String) });
    expect((await mark(world.broker.client, second.meetingId, 'to-absent')).json().attendance).toBe('to-absent');
    expect(await meetingFigures()).toMatchObject({ scheduled: 2, held: 1, notHeld: 1, noShow: 1, unanswered: 0 });
    // Each side reads the host's mark in its agenda from where it sits: the supplier was asked, and did not come.
    const agendaMarks = async (client: TestClient) =>
      Object.fromEntries(
        (await client.get(`/api/events/${world.eventId}/agenda`))
          .json()
          .items.map((i: { meetingId: string; attendance: string | null }) => [i.meetingId, i.attendance]),
      );
    expect(await agendaMarks(world.outsider.client)).toEqual({ [second.meetingId]: 'partner-absent' });
    expect(await agendaMarks(world.supplier.client)).toEqual({ [first.meetingId]: 'held', [second.meetingId]: 'you-absent' });
    // A side saying the held meeting did not take place does not undo what the host saw.
    expect((await world.seeker.client.post(`/api/event-meetings/${first.meetingId}/outcome`, { outcome: 'not-held' })).statusCode).toBe(200);
    expect(await meetingFigures()).toMatchObject({ held: 1, notHeld: 1, noShow: 1 });
    // A mistaken mark is taken back: the meeting counts again by the sides' answers (none yet for this one).
    expect((await mark(world.broker.client, second.meetingId, null)).json()).toMatchObject({ attendance: null, markedAt: null });
    expect(await meetingFigures()).toMatchObject({ scheduled: 2, held: 1, notHeld: 0, noShow: 0, unanswered: 1 });
    const onSheet = (await sheet(world.broker.client, first.table)).json().items.find((i: { meetingId: string }) => i.meetingId === first.meetingId);
    expect(onSheet.attendance).toBe('held');
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'event.meeting.attendance'), eq(auditLog.entityId, second.meetingId)))
      .orderBy(auditLog.id);
    expect(audits.map((a) => [a.before, (a.after as { attendance: string | null }).attendance])).toEqual([
      [{ attendance: null }, 'to-absent'],
      [{ attendance: 'to-absent' }, null],
    ]);
  });
});
