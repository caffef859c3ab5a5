import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionMessages, connectionStageEvents, connections } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { connectionsWorld } from './connections-world.js';
import { vietnamToday } from '../../src/shared/i18n/vietnam-time.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
});
afterAll(async () => ctx?.close());

type Summary = { id: string; stage: string; lastActivityAt: string; openedOn: string };
type List = { items: Summary[]; total: number; years: number[]; nextCursor: string | null };

describe('connecting from a match', () => {
  it('asks for a note: 400 naming the message when it is missing or only spaces, nothing written', async () => {
    for (const message of [undefined, '   ']) {
      const response = await world.seeker.client.post('/api/connections', { demandId: world.demand.id, offerId: world.offer.id, origin: 'match', message });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields[0]).toMatchObject({ path: 'message' });
      expect(response.json().error.details.fields[0].message).toMatch(/few lines/);
    }
    const list = (await world.seeker.client.get('/api/connections')).json() as List;
    expect(list.total).toBe(0);
  });
});

describe("an enterprise's connections over the years", () => {
  it('lists current work first, each with its real last activity, and filters the history by year', async () => {
    const db = ctx.database.db;
    const base = {
      seekerOrganisationId: world.enterprise.id,
      supplierOrganisationId: world.institute.id,
      channel: 'connection-point',
      origin: 'broker',
      requestedBy: 'broker',
    };
    // Loaded in bulk today, as historic records are: the row's own timestamps say nothing.
    const [old2019] = await db
      .insert(connections)
      .values({ ...base, stage: 'transferred', openedOn: '2019-03-04' })
      .returning();
    const [declined2021] = await db
      .insert(connections)
      .values({ ...base, stage: 'declined', openedOn: '2021-06-01' })
      .returning();
    const [stalled2022] = await db
      .insert(connections)
      .values({ ...base, stage: 'stalled', openedOn: '2022-02-10' })
      .returning();
    await db.insert(connectionStageEvents).values([
      { connectionId: old2019.id, fromStage: 'contract', toStage: 'transferred', occurredOn: '2019-11-20' },
      { connectionId: stalled2022.id, fromStage: 'meeting', toStage: 'stalled', occurredOn: '2022-09-15' },
    ]);
    // A live one, opened through the API, with a message today.
    const live = await world.seeker.client.post('/api/connections', {
      demandId: world.demand.id,
      offerId: world.offer.id,
      origin: 'match',
      message: 'Chúng tôi muốn rút ngắn thời gian ủ chượp.',
    });
    expect(live.statusCode).toBe(201);
    const liveId = live.json().id as string;
    const [message] = await db.select().from(connectionMessages);
    expect(message).toBeDefined();

    const list = (await world.seeker.client.get('/api/connections')).json() as List;
    expect(list.items.map((c) => c.id)).toEqual([liveId, stalled2022.id, declined2021.id, old2019.id]);
    const activity = Object.fromEntries(list.items.map((c) => [c.id, c.lastActivityAt.slice(0, 10)]));
    expect(activity).toMatchObject({ [old2019.id]: '2019-11-20', [declined2021.id]: '2021-06-01', [stalled2022.id]: '2022-09-15' });
    // A stage change dated by the server is dated in Viet Nam.
    expect(activity[liveId]).toBe(vietnamToday());
    // The connection's own page says the same.
    const detail = (await world.seeker.client.get(`/api/connections/${old2019.id}`)).json() as { lastActivityAt: string };
    expect(detail.lastActivityAt.slice(0, 10)).toBe('2019-11-20');
    expect(list.years).toEqual([new Date().getUTCFullYear(), 2022, 2021, 2019]);

    const of2019 = (await world.seeker.client.get('/api/connections?year=2019')).json() as List;
    expect(of2019).toMatchObject({ total: 1, items: [{ id: old2019.id, stage: 'transferred' }] });
    expect(of2019.years).toEqual(list.years);

    // Page by page, the same order without gaps or repeats.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await world.seeker.client.get(`/api/connections?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json() as List;
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(list.items.map((c) => c.id));
    expect((await world.seeker.client.get('/api/connections?cursor=yesterday')).statusCode).toBe(400);
  });
});
