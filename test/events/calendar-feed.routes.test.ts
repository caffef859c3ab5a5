import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { eventsWorld, sessionSlots } from './events-world.js';

// One table, two slots (08:30 and 09:10 in Viet Nam). The seeker's meeting is confirmed at 08:30; a
// late request can only meet at 08:30, so the organiser allows moving confirmed meetings and the
// seeker's moves to 09:10; then the seeker cancels it. The feed, read before and after each
// change, holds one VEVENT for the meeting, with its UID, the right STATUS and a higher SEQUENCE.
let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
let anonymous: TestClient;
let sessionId: string;
let slotIds: string[];
type Person = { client: TestClient; registrationId: string };
let seeker: Person;
let supplier: Person;
let lateSeeker: Person;
let lateSupplier: Person;

async function join(client: TestClient, role: string, organisationId: string): Promise<Person> {
  const registrationId = (await client.post(`/api/events/${world.eventId}/registrations`, { role, organisationId })).json().id as string;
  await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registrationId}/decision`, { decision: 'approve' });
  return { client, registrationId };
}

async function meet(from: Person, to: Person) {
  expect((await from.client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: to.registrationId, reason: 'Trao đổi' })).statusCode).toBe(
    201,
  );
  const incoming = (await to.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items;
  const id = incoming.find((r: { status: string }) => r.status === 'pending').id as string;
  expect((await to.client.post(`/api/meeting-requests/${id}/answer`, { accept: true })).json().status).toBe('accepted');
  return id;
}

const unavailable = (person: Person, ids: string[]) => person.client.put(`/api/event-sessions/${sessionId}/unavailability`, { slotIds: ids });
const publish = (body: Record<string, unknown> = {}) => world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, body);

/** The seeker's feed, one entry per VEVENT with its UID, STATUS, SEQUENCE and DTSTART. */
async function feed() {
  const agenda = (await seeker.client.get(`/api/events/${world.eventId}/agenda`)).json();
  const body = (await anonymous.get(new URL(agenda.calendarUrl).pathname)).body as string;
  const field = (event: string, name: string) => new RegExp(`^${name}[:;](.*)$`, 'm').exec(event)?.[1].trim();
  return body
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((e) => ({ uid: field(e, 'UID'), status: field(e, 'STATUS'), sequence: Number(field(e, 'SEQUENCE')), start: field(e, 'DTSTART') }));
}

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  anonymous = new TestClient(ctx.app, 'en');
  const db = ctx.database.db;
  seeker = await join(world.seeker.client, 'seeker', world.enterprise.id);
  supplier = await join(world.supplier.client, 'supplier', world.institute.id);
  const enterprise = await newOrganisation(db, { provinceCode: '40' });
  lateSeeker = await join((await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' })).client, 'seeker', enterprise.id);
  const institute = await newOrganisation(db, { kind: 'institute', provinceCode: '01' });
  lateSupplier = await join((await signedInClient(ctx.app, db, { organisationId: institute.id, language: 'en' })).client, 'supplier', institute.id);
  const created = await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Gặp gỡ B2B', tables: 1, slots: sessionSlots(2) });
  sessionId = created.json().id;
  const session = (await anonymous.get(`/api/events/${world.eventId}`)).json().sessions.find((s: { id: string }) => s.id === sessionId);
  slotIds = session.slots.map((s: { id: string }) => s.id);
});
afterAll(async () => ctx?.close());

describe('the iCalendar feed across a reschedule and a cancellation', () => {
  it('holds exactly one event per meeting, with the right STATUS and a higher SEQUENCE after each change', async () => {
    // The seeker can meet only at 08:30 at first.
    expect((await unavailable(seeker, [slotIds[1]])).statusCode).toBe(200);
    const requestId = await meet(seeker, supplier);
    expect((await publish()).json()).toMatchObject({ scheduled: 1 });
    const first = await feed();
    expect(first).toEqual([{ uid: expect.stringMatching(/@techbridge$/), status: 'CONFIRMED', sequence: 0, start: 'TZID=Asia/Ho_Chi_Minh:20261211T083000' }]);

    // A late request that can only meet at 08:30, at the only table; the seeker is free at 09:10 now.
    expect((await unavailable(seeker, [])).statusCode).toBe(200);
    expect((await unavailable(lateSeeker, [slotIds[1]])).statusCode).toBe(200);
    await meet(lateSeeker, lateSupplier);
    // Without the organiser's leave the confirmed meeting stays, and its calendar event does not change.
    expect((await publish()).json()).toMatchObject({ scheduled: 1, movedConfirmed: 0, unplaced: [expect.objectContaining({ reason: 'tables-full' })] });
    expect(await feed()).toEqual(first);

    // With it, the seeker's meeting moves to 09:10: the same UID, a higher SEQUENCE, still one event.
    expect((await publish({ allowMovingConfirmed: true })).json()).toMatchObject({ scheduled: 2, movedConfirmed: 1 });
    const moved = await feed();
    expect(moved).toEqual([{ uid: first[0].uid, status: 'CONFIRMED', sequence: 1, start: 'TZID=Asia/Ho_Chi_Minh:20261211T091000' }]);

    // Cancelled: still one event for the meeting, now CANCELLED, with a higher SEQUENCE again.
    expect((await seeker.client.post(`/api/meeting-requests/${requestId}/cancel`)).json().status).toBe('cancelled');
    expect(await feed()).toEqual([{ uid: first[0].uid, status: 'CANCELLED', sequence: 2, start: moved[0].start }]);
    // A scheduler run after the cancellation neither brings it back nor adds a second event for it.
    expect((await publish()).json()).toMatchObject({ scheduled: 1, movedConfirmed: 0 });
    expect(await feed()).toEqual([{ uid: first[0].uid, status: 'CANCELLED', sequence: 2, start: moved[0].start }]);
  });
});
