import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, experts, offers } from '../../src/db/schema/index.js';
import { newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let reader: TestClient;
let readerId: string;
let other: TestClient;
let owner: TestClient;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const supplier = await newOrganisation(db, { kind: 'institute', provinceCode: '01' });
  const signedIn = await signedInClient(ctx.app, db, { organisationId: (await newOrganisation(db)).id, language: 'en' });
  reader = signedIn.client;
  readerId = signedIn.user.id;
  other = (await signedInClient(ctx.app, db, { organisationId: (await newOrganisation(db)).id, language: 'en' })).client;
  owner = (await signedInClient(ctx.app, db, { organisationId: supplier.id, language: 'en' })).client;
  ids.offer = (await newOffer(db, { title: 'Chế phẩm enzyme thủy phân cá', ownerOrganisationId: supplier.id, provinceCode: '01' })).id;
  ids.demand = (await newDemand(db, { title: 'Cần dây chuyền sấy mực', provinceCode: '40' })).id;
  const [expert] = await db.insert(experts).values({ name: 'TS. Nguyễn Văn Enzyme', status: 'published', publishedAt: new Date() }).returning();
  ids.expert = expert!.id;
  ids.draft = (await newOffer(db, { title: 'Bản nháp của người khác', status: 'draft', ownerOrganisationId: supplier.id, provinceCode: '01' })).id;
});
afterAll(async () => ctx?.close());

type Page = { items: Array<{ type: string; id: string; title: string; status: string; savedAt: string }>; total: number; nextCursor: string | null };
const listOf = async (client: TestClient, query = '') => {
  const response = await client.get(`/api/saved-listings${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
};
const bookmarksOf = async (id: string) => {
  const response = await owner.get(`/api/offers/${id}/outcomes`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { outcome: { bookmarks: number } }).outcome.bookmarks;
};

describe('saved listings', () => {
  it('saves an offer, a demand and an expert the person can see, once each, newest first, a page at a time', async () => {
    for (const type of ['offer', 'demand', 'expert'] as const) {
      const saved = await reader.put(`/api/saved-listings/${type}/${ids[type]}`);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ saved: true });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Saving again changes nothing.
    const again = await reader.put(`/api/saved-listings/offer/${ids.offer}`);
    expect(again.statusCode).toBe(200);
    expect((await listOf(reader)).total).toBe(3);

    const first = await listOf(reader, '?limit=2');
    expect(first.items.map((i) => i.type)).toEqual(['expert', 'demand']);
    expect(first).toMatchObject({ total: 3, nextCursor: expect.any(String) });
    const second = await listOf(reader, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => [i.type, i.title])).toEqual([['offer', 'Chế phẩm enzyme thủy phân cá']]);
    expect(second).toMatchObject({ total: 3, nextCursor: null });
    expect((await reader.get(`/api/saved-listings/offer/${ids.offer}`)).json()).toMatchObject({ saved: true });

    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'listing.save'), eq(auditLog.actorId, readerId)));
    expect(audit.map((a) => a.entityId).sort()).toEqual([ids.offer, ids.demand, ids.expert].sort());
  });

  it('keeps each person’s saves their own: another sees none of them and cannot remove them', async () => {
    expect((await listOf(other)).total).toBe(0);
    expect((await other.get(`/api/saved-listings/offer/${ids.offer}`)).json()).toMatchObject({ saved: false });
    expect((await other.delete(`/api/saved-listings/offer/${ids.offer}`)).statusCode).toBe(404);
    expect((await listOf(reader)).total).toBe(3);
  });

  it('answers 404 for a listing the person may not see, 401 without a session, 400 naming the parameter', async () => {
    for (const [type, id] of [
      ['offer', ids.draft],
      ['offer', crypto.randomUUID()],
      ['offer', ids.demand],
    ] as const) {
      expect((await reader.put(`/api/saved-listings/${type}/${id}`)).statusCode, `${type} ${id}`).toBe(404);
      expect((await reader.get(`/api/saved-listings/${type}/${id}`)).statusCode).toBe(404);
    }
    const anonymous = new TestClient(ctx.app, 'en');
    expect((await anonymous.get('/api/saved-listings')).statusCode).toBe(401);
    expect((await anonymous.put(`/api/saved-listings/offer/${ids.offer}`)).statusCode).toBe(401);
    expect((await anonymous.delete(`/api/saved-listings/offer/${ids.offer}`)).statusCode).toBe(401);
    for (const [url, field] of [
      [`/api/saved-listings/project/${ids.offer}`, 'type'],
      ['/api/saved-listings/offer/not-an-id', 'id'],
    ] as const) {
      const bad = await reader.put(url);
      expect(bad.statusCode, url).toBe(400);
      expect(JSON.stringify(bad.json().error.details)).toContain(field);
    }
    const badPage = await reader.get('/api/saved-listings?limit=500');
    expect(badPage.statusCode).toBe(400);
    expect(JSON.stringify(badPage.json().error.details)).toContain('limit');
  });

  it('counts the saves of a listing in its owner’s outcome figures, and a removed save no longer', async () => {
    expect(await bookmarksOf(ids.offer)).toBe(1);
    expect((await other.put(`/api/saved-listings/offer/${ids.offer}`)).statusCode).toBe(200);
    expect(await bookmarksOf(ids.offer)).toBe(2);
    // The figures are the owner's: a saver does not read them.
    expect((await reader.get(`/api/offers/${ids.offer}/outcomes`)).statusCode).toBe(404);
    const removed = await other.delete(`/api/saved-listings/offer/${ids.offer}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ saved: false });
    expect(await bookmarksOf(ids.offer)).toBe(1);
  });

  it('leaves out of the list a listing withdrawn since it was saved; the save can still be removed', async () => {
    await ctx.database.db.update(offers).set({ status: 'archived' }).where(eq(offers.id, ids.offer));
    const list = await listOf(reader);
    expect(list.total).toBe(2);
    expect(list.items.map((i) => i.id)).not.toContain(ids.offer);
    expect((await reader.delete(`/api/saved-listings/offer/${ids.offer}`)).statusCode).toBe(200);
    expect((await reader.delete(`/api/saved-listings/offer/${ids.offer}`)).statusCode).toBe(404);
  });
});
