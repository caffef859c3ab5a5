import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRegistrations } from '../../src/db/schema/index.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { eventsWorld, sessionSlots } from './events-world.js';

// A supplier whose booth is a table number of the session ("3") keeps it as the table of all its
// B2B meetings, and nobody else meets there; a booth that is not a table number ("B07") changes nothing.
let ctx: TestContext;
let world: Awaited<ReturnType<typeof eventsWorld>>;
type Person = { client: TestClient; registrationId: string };
const seekers: Person[] = [];
let boothSupplier: Person;
let otherSupplier: Person;

async function join(client: TestClient, role: string, organisationId: string, booth?: string): Promise<Person> {
  const registrationId = (await client.post(`/api/events/${world.eventId}/registrations`, { role, organisationId })).json().id as string;
  const decided = await world.broker.client.post(`/api/events/${world.eventId}/registrations/${registrationId}/decision`, {
    decision: 'approve',
    ...(booth ? { booth } : {}),
  });
  expect(decided.statusCode).toBe(200);
  return { client, registrationId };
}

async function organisationClient(kind: 'enterprise' | 'institute') {
  const organisation = await newOrganisation(ctx.database.db, kind === 'institute' ? { kind: 'institute', provinceCode: '01' } : { provinceCode: '40' });
  return { organisation, client: (await signedInClient(ctx.app, ctx.database.db, { organisationId: organisation.id, language: 'en' })).client };
}

beforeAll(async () => {
  ctx = await createTestApp();
  world = await eventsWorld(ctx);
  seekers.push(await join(world.seeker.client, 'seeker', world.enterprise.id));
  const second = await organisationClient('enterprise');
  seekers.push(await join(second.client, 'seeker', second.organisation.id));
  boothSupplier = await join(world.supplier.client, 'exhibitor', world.institute.id, '3');
  const lab = await organisationClient('institute');
  otherSupplier = await join(lab.client, 'supplier', lab.organisation.id, 'B07');
});
afterAll(async () => ctx?.close());

describe('booths as tables', () => {
  it('seats every meeting of a supplier with a numbered booth at that table, and nobody else’s', async () => {
    const sessionId = (
      await world.broker.client.post(`/api/events/${world.eventId}/sessions`, { title: 'Gặp gỡ B2B', tables: 3, slots: sessionSlots(2) })
    ).json().id as string;
    for (const seeker of seekers)
      for (const supplier of [boothSupplier, otherSupplier]) {
        const asked = await seeker.client.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: supplier.registrationId, reason: 'Trao đổi' });
        expect(asked.statusCode).toBe(201);
        expect((await supplier.client.post(`/api/meeting-requests/${asked.json().id}/answer`, { accept: true })).statusCode).toBe(200);
      }
    expect((await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {})).json()).toMatchObject({ scheduled: 4, upperBound: 4 });

    const agenda = async (person: Person) =>
      ((await person.client.get(`/api/events/${world.eventId}/agenda`)).json().items as Array<{ table: number; status: string }>).filter(
        (m) => m.status === 'confirmed',
      );
    expect((await agenda(boothSupplier)).map((m) => m.table)).toEqual([3, 3]);
    const others = await agenda(otherSupplier);
    expect(others).toHaveLength(2);
    expect(others.every((m) => m.table !== 3)).toBe(true);

    // A booth numbered after the schedule was published, at a table its meetings do not all use (or
    // another's meetings use), is not forced on a re-run: confirmed meetings stay where they are.
    const clashing = others[0].table === others[1].table ? (others[0].table === 1 ? 2 : 1) : others[0].table;
    await ctx.database.db
      .update(eventRegistrations)
      .set({ booth: String(clashing) })
      .where(eq(eventRegistrations.id, otherSupplier.registrationId));
    const rerun = await world.broker.client.post(`/api/event-sessions/${sessionId}/schedule/publish`, {});
    expect(rerun.statusCode).toBe(200);
    expect(rerun.json()).toMatchObject({ scheduled: 4, movedConfirmed: 0, confirmedKept: 4 });
    expect(await agenda(otherSupplier)).toEqual(others);
  });
});
