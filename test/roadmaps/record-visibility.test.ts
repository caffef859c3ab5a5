import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roadmaps } from '../../src/db/schema/index.js';
import { newDemand } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { period, roadmapsWorld, text } from './roadmaps-world.js';

/*
 * A roadmap never names to its reader a record the reader could not open: an import may not tie
 * items to another organisation's records, and a published roadmap shows the public only the
 * records the public may see.
 */

let ctx: TestContext;
let w: Awaited<ReturnType<typeof roadmapsWorld>>;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await roadmapsWorld(ctx);
});
afterAll(async () => ctx?.close());

const url = (suffix = '') => `/api/roadmaps/${w.roadmapId}${suffix}`;
const current = async (client = w.seeker.client) => (await client.get(url())).json();

describe('importing a roadmap tied to records', () => {
  it('refuses each record the importer may not open, on its field, and writes nothing', async () => {
    // The stranger's draft demand, and a connection between the stranger and the institute: neither is the enterprise's to see.
    const draft = await newDemand(ctx.database.db, { ownerOrganisationId: w.stranger.id, provinceCode: '40', status: 'draft', publishedAt: null });
    const open = await newDemand(ctx.database.db, { ownerOrganisationId: w.stranger.id, provinceCode: '40', title: 'Nhu cầu của doanh nghiệp khác' });
    const theirs = await w.outsider.client.post('/api/connections', { demandId: open.id, offerId: w.offer.id, origin: 'match', message: 'Quan tâm' });
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect((await w.seeker.client.get(`/api/connections/${theirs.json().id}`)).statusCode).toBe(404);

    const exported = (await w.seeker.client.get(url('/export.json'))).json();
    const document = structuredClone(exported);
    document.roadmap.id = 'imported-with-records';
    document.roadmap.items = [
      {
        id: 'tech-hidden',
        layerCode: 'technology',
        title: text('Công nghệ của người khác'),
        description: '',
        period: period(2027),
        status: 'planned',
        confidence: null,
        records: [
          { kind: 'offer', id: w.offer.id },
          { kind: 'demand', id: draft.id },
          { kind: 'connection', id: theirs.json().id },
          { kind: 'task', id: '00000000-0000-4000-8000-000000000009' },
        ],
        mapNodeId: null,
        gap: null,
      },
    ];
    const roadmapCount = async () => (await ctx.database.db.select().from(roadmaps)).length;
    const auditCount = async () => (await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'imported-with-records'))).length;
    const before = await roadmapCount();

    const refused = await w.seeker.client.post('/api/roadmaps/import', document);
    expect(refused.statusCode).toBe(400);
    const fields = refused.json().error.details.fields;
    expect(fields.map((f: { path: string; code: string }) => `${f.path} ${f.code}`)).toEqual([
      'roadmap.items[0].records[1].id record_not_visible',
      'roadmap.items[0].records[2].id record_not_visible',
      'roadmap.items[0].records[3].id record_not_visible',
    ]);
    expect(fields[0].message).toBe('No such record, or you may not see it.');
    expect(await roadmapCount()).toBe(before);
    expect(await auditCount()).toBe(0);
    expect((await w.seeker.client.get('/api/roadmaps/imported-with-records')).statusCode).toBe(404);

    // The published offer alone is the enterprise's to tie: the same file without the others comes in.
    document.roadmap.items[0].records = [{ kind: 'offer', id: w.offer.id }];
    const imported = await w.seeker.client.post('/api/roadmaps/import', document);
    expect(imported.statusCode, imported.body).toBe(201);
    expect((await w.seeker.client.get('/api/roadmaps/imported-with-records')).json().live['tech-hidden']).toEqual([
      expect.objectContaining({ kind: 'offer', id: w.offer.id, title: 'Chế phẩm enzyme thủy phân cá' }),
    ]);
  });
});

describe('a published roadmap read by the public', () => {
  it('shows the public only the records the public may open; the enterprise still sees its draft demand', async () => {
    const draft = await newDemand(ctx.database.db, {
      ownerOrganisationId: w.enterprise.id,
      provinceCode: '40',
      status: 'draft',
      publishedAt: null,
      title: 'Bản nháp: máy ly tâm tách cặn',
    });
    const added = await w.seeker.client.post(url('/items'), {
      id: 'tech-centrifuge',
      layerCode: 'technology',
      title: text('Ly tâm tách cặn'),
      period: period(2027),
      version: (await current()).version,
    });
    expect(added.statusCode, added.body).toBe(201);
    for (const record of [
      { kind: 'demand', id: draft.id },
      { kind: 'offer', id: w.offer.id },
    ]) {
      const tied = await w.seeker.client.post(url('/items/tech-centrifuge/records'), { ...record, version: (await current()).version });
      expect(tied.statusCode, tied.body).toBe(200);
    }
    const published = await w.seeker.client.patch(url(), { published: true, version: (await current()).version });
    expect(published.statusCode, published.body).toBe(200);

    const own = (await current()).live['tech-centrifuge'].map((r: { kind: string }) => r.kind);
    expect(own).toEqual(['demand', 'offer']);
    for (const reader of [new TestClient(ctx.app, 'en'), w.outsider.client]) {
      const seen = await reader.get(url());
      expect(seen.statusCode).toBe(200);
      expect(seen.json().live['tech-centrifuge']).toEqual([expect.objectContaining({ kind: 'offer', id: w.offer.id })]);
      expect(seen.body).not.toContain('Bản nháp: máy ly tâm tách cặn');
    }
  });
});
