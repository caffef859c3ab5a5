import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roadmaps } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { roadmapsWorld, text } from './roadmaps-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof roadmapsWorld>>;
let notDueId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await roadmapsWorld(ctx);
  await ctx.database.db.update(roadmaps).set({ reviewDate: '2020-01-01' }).where(eq(roadmaps.id, w.roadmapId));
  const notDue = await w.seeker.client.post('/api/roadmaps', {
    title: text('Lộ trình chưa đến hạn', 'Roadmap not yet due'),
    scope: { kind: 'enterprise', organisationId: w.enterprise.id },
    ownerOrganisationId: w.enterprise.id,
    startYear: 2026,
    horizonYears: 5,
    reviewDate: '2099-06-30',
  });
  expect(notDue.statusCode, notDue.body).toBe(201);
  notDueId = notDue.json().id;
});
afterAll(async () => ctx?.close());

const due = async (client: {
  get: (url: string) => Promise<{ statusCode: number; json: () => { total: number; items: { id: string; flagged: boolean }[] } }>;
}) => {
  const res = await client.get('/api/roadmaps?reviewDue=true');
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('GET /api/roadmaps?reviewDue=true (the home page’s "past review" count)', () => {
  it('counts for the owner’s members and the connection point’s staff the roadmaps /roadmaps flags, not one not yet due', async () => {
    const asOwner = await due(w.seeker.client);
    expect(asOwner.total).toBe(1);
    expect(asOwner.items.map((r) => r.id)).toEqual([w.roadmapId]);
    expect(asOwner.items[0].flagged).toBe(true);
    const asPoint = await due(w.broker.client);
    expect(asPoint.total).toBe(1);
    expect(asPoint.items[0]).toMatchObject({ id: w.roadmapId, flagged: true });
    // The same roadmaps as those flagged in the full list.
    const all = (await w.seeker.client.get('/api/roadmaps')).json() as { items: { id: string; flagged: boolean }[] };
    expect(all.items.filter((r) => r.flagged).map((r) => r.id)).toEqual([w.roadmapId]);
    expect(all.items.some((r) => r.id === notDueId)).toBe(true);
  });

  it('counts none for a stranger, the agency (not flagged for them either) or someone signed out', async () => {
    expect((await due(w.outsider.client)).total).toBe(0);
    expect((await due(w.agency.client)).total).toBe(0);
    expect((await due(new TestClient(ctx.app))).total).toBe(0);
  });

  it('refuses a reviewDue that is not true or false, naming the field', async () => {
    const res = await w.seeker.client.get('/api/roadmaps?reviewDue=soon');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('reviewDue');
  });
});
