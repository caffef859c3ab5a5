import { afterAll, beforeAll, expect, it } from 'vitest';
import { connections } from '../../src/db/schema/index.js';
import { newOffer, newOrganisation } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { period, roadmapsWorld, text } from './roadmaps-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof roadmapsWorld>>;
let oldId: string;
let hiddenId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await roadmapsWorld(ctx);
  const db = ctx.database.db;
  const row = (fields: Partial<typeof connections.$inferInsert>) => ({
    channel: 'direct',
    origin: 'match',
    stage: 'proposed',
    seekerOrganisationId: w.enterprise.id,
    supplierOrganisationId: w.institute.id,
    demandId: w.demand.id,
    offerId: w.offer.id,
    openedOn: '2026-11-01',
    ...fields,
  });
  // An old connection on a distinctive offer, then 100 newer ones: the old one is not among the latest 100.
  const centrifuge = await newOffer(db, { ownerOrganisationId: w.institute.id, title: 'Máy ly tâm tách cặn nước mắm' });
  [{ id: oldId }] = await db
    .insert(connections)
    .values(row({ offerId: centrifuge.id, openedOn: '2019-03-01' }))
    .returning();
  await db.insert(connections).values(Array.from({ length: 100 }, () => row({})));
  // A connection between two other organisations on the same kind of offer: the seeker may not see it.
  const other = await newOrganisation(db, { provinceCode: '01' });
  const hiddenOffer = await newOffer(db, { ownerOrganisationId: w.institute.id, title: 'Máy ly tâm tách dầu cá' });
  [{ id: hiddenId }] = await db
    .insert(connections)
    .values(row({ seekerOrganisationId: other.id, demandId: null, offerId: hiddenOffer.id }))
    .returning();
});
afterAll(async () => ctx?.close());

const url = (suffix = '') => `/api/roadmaps/${w.roadmapId}${suffix}`;
const current = async () => (await w.seeker.client.get(url())).json();

it('finds a connection older than the latest 100 by its words (without diacritics), pages the results, and links it', async () => {
  const latest = (await w.seeker.client.get('/api/connections?limit=100')).json();
  expect(latest.total).toBe(101);
  expect(latest.items.map((c: { id: string }) => c.id)).not.toContain(oldId);

  const found = (await w.seeker.client.get('/api/connections?q=ly%20tam&limit=10')).json();
  expect(found.items.map((c: { id: string }) => c.id)).toEqual([oldId]);
  expect(found.total).toBe(1);
  // The search runs within what the caller may see: the other organisations' connection is not found.
  expect(found.items.map((c: { id: string }) => c.id)).not.toContain(hiddenId);
  // Paging: the matching records a page at a time, each once.
  const first = (await w.seeker.client.get('/api/connections?q=enzyme&limit=60')).json();
  const second = (await w.seeker.client.get(`/api/connections?q=enzyme&limit=60&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
  expect(first.total).toBe(100);
  expect(new Set([...first.items, ...second.items].map((c: { id: string }) => c.id)).size).toBe(100);
  expect(second.nextCursor).toBeNull();

  const added = await w.seeker.client.post(url('/items'), {
    id: 'tech-centrifuge',
    layerCode: 'technology',
    title: text('Ly tâm'),
    period: period(2027),
    version: (await current()).version,
  });
  expect(added.statusCode, added.body).toBe(201);
  const tied = await w.seeker.client.post(url('/items/tech-centrifuge/records'), { kind: 'connection', id: oldId, version: added.json().version });
  expect(tied.statusCode, tied.body).toBe(200);
  const item = (await current()).roadmap.items.find((i: { id: string }) => i.id === 'tech-centrifuge');
  expect(item.records).toEqual([{ kind: 'connection', id: oldId }]);

  const refused = await w.seeker.client.post(url('/items/tech-centrifuge/records'), { kind: 'connection', id: hiddenId, version: tied.json().version });
  expect(refused.statusCode).toBe(400);
  expect(refused.json().error.details.fields[0]).toMatchObject({ path: 'id', code: 'record_not_visible' });
});

it('searches programme tasks by words too, and refuses an over-long query on its parameter', async () => {
  const tasks = await w.agency.client.get('/api/programme-tasks?q=kh%C3%B4ng%20c%C3%B3%20g%C3%AC');
  expect(tasks.statusCode).toBe(200);
  expect(tasks.json().total).toBe(0);
  const long = await w.seeker.client.get(`/api/connections?q=${'a'.repeat(201)}`);
  expect(long.statusCode).toBe(400);
  expect(long.json().error.details.fields[0].path).toBe('querystring.q');
});
