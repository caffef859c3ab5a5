import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { eventsWorld, sessionSlots } from './events-world.js';

// The other side declines a request, or the organiser chose auto-accept for the session (within
// the person asked's meeting cap); either way only accepted requests reach the scheduler.
let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
type Person = { client: TestClient; registrationId: string };
let seeker: Person;
let otherSeeker: Person;
let supplier: Person;

async function join(client: TestClient, role: string, organisationId: string): Promise<Person> {
  const registrationId = (await client.post(`/api/events/${world.eventId}/registrations`, { role, organisationId })).json().id as string;
  await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registrationId}/decision`, { decision: 'approve' });
  return { client, registrationId };
}

const newSession = async (extra: Record<string, unknown>) =>
  (await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Gặp gỡ B2B', tables: 2, slots: sessionSlots(2), ...extra })).json()
    .id as string;
const ask = (sessionId: string, from: Person, to: Person) =>
  from.client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: to.registrationId, reason: 'Trao đổi công nghệ' });
const preview = async (sessionId: string) => (await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/preview`, {})).json();
const answered = async (person: Person) =>
  (await person.client.get('/api/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'event.meeting-answered');

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  seeker = await join(world.seeker.client, 'seeker', world.enterprise.id);
  supplier = await join(world.supplier.client, 'supplier', world.institute.id);
  const enterprise = await newOrganisation(ctx.database.db, { provinceCode: '40' });
  otherSeeker = await join((await signedInClient(ctx.app, ctx.database.db, { organisationId: enterprise.id, language: 'en' })).client, 'seeker', enterprise.id);
});
afterAll(async () => ctx?.close());

describe('answering meeting requests', () => {
  it('a declined request is told to the asker, holds no slot, and cannot be answered again', async () => {
    const sessionId = await newSession({});
    const asked = await ask(sessionId, seeker, supplier);
    expect(asked.json()).toMatchObject({ status: 'pending' });
    const id = asked.json().id as string;
    expect((await supplier.client.post(`/api/meeting-requests/${id}/answer`, { accept: false })).json()).toEqual({ id, status: 'declined' });
    const told = await answered(seeker);
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain('declined to meet');
    expect(await preview(sessionId)).toMatchObject({ accepted: 0, scheduled: 0 });
    const again = await supplier.client.post(`/api/meeting-requests/${id}/answer`, { accept: true });
    expect(again.statusCode).toBe(409);
    const mine = (await seeker.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items;
    expect(mine).toEqual([expect.objectContaining({ id, status: 'declined', direction: 'outgoing' })]);
  });

  it('with auto-accept, a request is accepted at once while the person asked is below the meeting cap, then waits for an answer', async () => {
    const sessionId = await newSession({ autoAccept: true, maxMeetingsPerPerson: 1 });
    const first = await ask(sessionId, seeker, supplier);
    expect(first.statusCode).toBe(201);
    expect(first.json().status).toBe('accepted');
    // The supplier has its one meeting: the next request is left for the supplier to answer.
    const second = await ask(sessionId, otherSeeker, supplier);
    expect(second.json().status).toBe('pending');
    expect(await preview(sessionId)).toMatchObject({ accepted: 1, scheduled: 1, upperBound: 1 });
    const over = await supplier.client.post(`/api/meeting-requests/${second.json().id}/answer`, { accept: true });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.details.fields[0].path).toBe('accept');
    const incoming = (await supplier.client.get(`/api/event-sessions/${sessionId}/requests`)).json().items;
    expect(incoming.map((r: { status: string }) => r.status).sort()).toEqual(['accepted', 'pending']);
  });
});
