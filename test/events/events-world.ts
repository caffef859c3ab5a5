import type { TestContext } from '../support/test-app.js';
import { connectionsWorld } from '../connections/connections-world.js';

export const eventBody = (organiserConnectionPointIds: string[], extra: Record<string, unknown> = {}) => ({
  kind: 'techconnect',
  name: 'Techconnect Nghệ An 2026',
  nameEn: 'Techconnect Nghe An 2026',
  startsOn: '2026-12-10',
  endsOn: '2026-12-11',
  venue: 'Trung tâm Hội nghị tỉnh Nghệ An',
  provinceCode: '40',
  organiserConnectionPointIds,
  activities: [
    { kind: 'exhibition', title: 'Triển lãm công nghệ', day: '2026-12-10', startTime: '08:00', endTime: '17:00' },
    { kind: 'b2b', title: 'Gặp gỡ B2B', titleEn: 'B2B meetings', day: '2026-12-11', startTime: '08:30', endTime: '11:30' },
  ],
  ...extra,
});

/** Slots of 30 minutes with 10-minute breaks on the event's second day, Vietnam time. */
export const sessionSlots = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2026, 11, 11, 1, 30) + i * 40 * 60_000);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 30 * 60_000).toISOString() };
  });

/** The connections world plus an event organised by the Nghệ An connection point. */
export async function eventsWorld(ctx: TestContext) {
  const world = await connectionsWorld(ctx);
  const created = await world.broker.client.post('/api/events', eventBody([world.point.id]));
  if (created.statusCode !== 201) throw new Error(`event not created: ${created.body}`);
  return { ...world, eventId: created.json().id as string };
}
