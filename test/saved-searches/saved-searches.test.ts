import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedSearches } from '../../src/db/schema/index.js';
import { sendSavedSearchDigests } from '../../src/server/modules/saved-searches/saved-searches.service.js';
import { newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { foreignCursors, walkPages } from '../support/walk-pages.js';

let ctx: TestContext;
let member: TestClient;
let other: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  const org = await newOrganisation(ctx.database.db);
  member = (await signedInClient(ctx.app, ctx.database.db, { organisationId: org.id, language: 'en' })).client;
  other = (await signedInClient(ctx.app, ctx.database.db)).client;
});
afterAll(async () => ctx?.close());

type Notification = { kind: string; text: string; link: string };
const digests = async (client: TestClient) =>
  ((await client.get('/api/notifications')).json().items as Notification[]).filter((n) => n.kind === 'saved-search.digest');

describe('saved searches', () => {
  it('saves a search with its filters, only for its owner', async () => {
    const created = await member.post('/api/saved-searches', {
      type: 'offer',
      name: 'Enzyme',
      query: { q: 'enzyme', sector: 'C', cursor: 'x' },
      frequency: 'immediate',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().query).toEqual({ q: 'enzyme', sector: 'C' });
    const id = created.json().id as string;
    expect((await member.get('/api/saved-searches')).json().items.map((s: { id: string }) => s.id)).toEqual([id]);
    expect((await other.get('/api/saved-searches')).json().items).toEqual([]);
    expect((await other.patch(`/api/saved-searches/${id}`, { frequency: 'weekly' })).statusCode).toBe(404);
    expect((await other.delete(`/api/saved-searches/${id}`)).statusCode).toBe(404);
    expect((await new TestClient(ctx.app).get('/api/saved-searches')).statusCode).toBe(401);
    const bad = await member.post('/api/saved-searches', { type: 'offer', name: 'x', query: {}, frequency: 'hourly' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('frequency');
  });

  it('announces a newly published matching offer once, and never again', async () => {
    const db = ctx.database.db;
    const match = await newOffer(db, { title: 'Chế phẩm enzyme thủy phân cá', sectorCode: 'C' });
    await newOffer(db, { title: 'Máy sấy nông sản', sectorCode: 'C' });
    await newOffer(db, { title: 'Enzyme cho thức ăn chăn nuôi', sectorCode: 'A' });
    expect(await sendSavedSearchDigests(db)).toBe(1);
    const [digest, ...more] = await digests(member);
    expect(more).toEqual([]);
    expect(digest).toMatchObject({ link: `/offers/${match.id}` });
    expect(digest!.text).toContain('Chế phẩm enzyme thủy phân cá');
    expect(await sendSavedSearchDigests(db)).toBe(0);
    expect(await digests(member)).toHaveLength(1);
  });

  it('leaves out a record marked “not interested”', async () => {
    const db = ctx.database.db;
    const unwanted = await newOffer(db, { title: 'Enzyme protease công nghiệp', sectorCode: 'C' });
    expect((await member.post('/api/saved-searches/dismissals', { recordId: unwanted.id })).statusCode).toBe(200);
    expect(await sendSavedSearchDigests(db)).toBe(0);
    expect(await digests(member)).toHaveLength(1);
  });

  it('sends a daily digest at most once a day, with every record since', async () => {
    const db = ctx.database.db;
    const id = (await member.get('/api/saved-searches')).json().items[0].id as string;
    expect((await member.patch(`/api/saved-searches/${id}`, { frequency: 'daily' })).statusCode).toBe(200);
    await newOffer(db, { title: 'Enzyme lipase cho chế biến dầu cá', sectorCode: 'C' });
    await newOffer(db, { title: 'Enzyme cellulase xử lý phụ phẩm', sectorCode: 'C' });
    expect(await sendSavedSearchDigests(db, new Date(Date.now() + 60 * 60 * 1000))).toBe(0);
    expect(await sendSavedSearchDigests(db, new Date(Date.now() + 25 * 60 * 60 * 1000))).toBe(1);
    const latest = (await digests(member))[0]!;
    expect(latest.text).toMatch(/^2 new records match your saved search "Enzyme"/);
    expect((await member.delete(`/api/saved-searches/${id}`)).statusCode).toBe(200);
  });
});

describe('saved searches page by cursor', () => {
  it('walks 130 saves made in one instant, each once, with the real total; one kind alone; a foreign cursor is a 400', async () => {
    const { client, user } = await signedInClient(ctx.app, ctx.database.db);
    const types = ['offer', 'demand', 'expert'] as const;
    await ctx.database.db
      .insert(savedSearches)
      .values(Array.from({ length: 130 }, (_, i) => ({ userId: user.id, type: types[i % 3], name: `Tìm ${i}`, query: { q: `từ ${i}` } })));
    const all = await walkPages<{ id: string; name: string }>(client, '/api/saved-searches', 50);
    expect(all.totals).toEqual([130]);
    expect(all.pages).toBe(3);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(130);
    const demands = await walkPages<{ type: string }>(client, '/api/saved-searches?type=demand', 20);
    expect(demands.totals).toEqual([43]);
    expect(demands.rows.every((r) => r.type === 'demand')).toBe(true);
    expect(demands.rows).toHaveLength(43);
    for (const cursor of foreignCursors) {
      const response = await client.get(`/api/saved-searches?cursor=${cursor}`);
      expect(response.statusCode, `${cursor}: ${response.body}`).toBe(400);
      expect(response.body).toContain('cursor');
    }
  });
});
