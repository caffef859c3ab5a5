import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, connections, listingViewDays, matches, offers, savedListings } from '../../src/db/schema/index.js';
import { newConnectionPoint, newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let staffNgheAn: TestClient;
let staffHaNoi: TestClient;
let staffHue: TestClient;
let member: TestClient;
const SECRET = `TBSECRETMERGE${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
const description =
  'Chế phẩm enzyme protease thủy phân cá cơm, rút ngắn thời gian ủ chượp nước mắm từ 12 tháng xuống 4 tháng, giữ độ đạm 30 độ, quy mô 500 tấn mỗi năm.';
const copyDescription = 'Che pham enzyme protease thuy phan ca com, rut ngan thoi gian u chuop nuoc mam tu 12 thang xuong 4 thang.';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const centre = async (province: string) => {
    const org = await newOrganisation(db, { kind: 'centre', provinceCode: province });
    await newConnectionPoint(db, org.id, [province]);
    return (await signedInClient(ctx.app, db, { organisationId: org.id })).client;
  };
  staffNgheAn = await centre('40');
  staffHaNoi = await centre('01');
  staffHue = await centre('46');
  member = (await signedInClient(ctx.app, db, { organisationId: (await newOrganisation(db)).id })).client;
});
afterAll(async () => ctx?.close());

/** An original published in Nghệ An and a copy without diacritics published by Hà Nội. */
async function pair() {
  const db = ctx.database.db;
  const title = `Chế phẩm enzyme thủy phân cá làm nước mắm ${Math.random().toString(36).slice(2, 6)}`;
  const original = await newOffer(db, { title, description, provinceCode: '40', sectorCode: 'C', trl: 7 });
  const copy = await newOffer(db, {
    title: `Nuoc mam: che pham enzyme thuy phan ca`,
    description: copyDescription,
    provinceCode: '01',
    sectorCode: 'C',
    trl: 7,
  });
  return { original, copy };
}

const pairIds = async (client: TestClient) =>
  ((await client.get('/api/duplicates?type=offer')).json() as { items: Array<{ a: { id: string }; b: { id: string } }> }).items.map((p) =>
    [p.a.id, p.b.id].sort().join(':'),
  );

describe('merging two likely duplicates', () => {
  it('moves the merged listing’s daily views to the kept one in the merge, days both have added up, buffered views included, and audits them', async () => {
    const db = ctx.database.db;
    const { original, copy } = await pair();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    await db.insert(listingViewDays).values([
      { recordType: 'offer', recordId: original.id, day: '2026-01-10', views: 4 },
      { recordType: 'offer', recordId: copy.id, day: '2026-01-10', views: 3 },
      { recordType: 'offer', recordId: copy.id, day: '2026-01-11', views: 5 },
    ]);
    // Two opens of the copy by a visitor wait in the process's memory when the moderator merges.
    const visitor = new TestClient(ctx.app, 'vi');
    for (let i = 0; i < 2; i++) expect((await visitor.get(`/api/offers/${copy.id}`)).statusCode).toBe(200);

    const viewsOf = async (id: string) => {
      const response = await staffNgheAn.get(`/api/offers/${id}/outcomes`);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { outcome: { views: number } }).outcome.views;
    };
    expect(await viewsOf(original.id)).toBe(4);

    const response = await staffHaNoi.post('/api/duplicates/merge', { type: 'offer', keepId: original.id, mergeId: copy.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().moved).toMatchObject({ views: 10, viewDays: 3 });

    expect(await viewsOf(original.id)).toBe(14);
    const days = await db.select().from(listingViewDays).where(eq(listingViewDays.recordId, original.id));
    expect(Object.fromEntries(days.map((d) => [d.day, d.views]))).toEqual({ '2026-01-10': 7, '2026-01-11': 5, [today]: 2 });
    expect(await db.select().from(listingViewDays).where(eq(listingViewDays.recordId, copy.id))).toEqual([]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'offer.duplicate_merged'), eq(auditLog.entityId, original.id)));
    expect((audit!.after as { moved: Record<string, number> }).moved).toMatchObject({ views: 10, viewDays: 3 });
  });

  it('moves people’s saves to the kept record, once a person: who saved both keeps one save, and /me/saved shows the kept one', async () => {
    const db = ctx.database.db;
    const { original, copy } = await pair();
    const organisationId = (await newOrganisation(db)).id;
    const onlyCopy = await signedInClient(ctx.app, db, { organisationId });
    const both = await signedInClient(ctx.app, db, { organisationId });
    for (const client of [onlyCopy.client, both.client]) expect((await client.put(`/api/saved-listings/offer/${copy.id}`)).statusCode).toBe(200);
    expect((await both.client.put(`/api/saved-listings/offer/${original.id}`)).statusCode).toBe(200);

    const response = await staffHaNoi.post('/api/duplicates/merge', { type: 'offer', keepId: original.id, mergeId: copy.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().moved).toMatchObject({ saves: 1, savesAlreadyKept: 1 });

    // What the Saved page (/me/saved) lists: the kept record, once, for each of them.
    for (const { client, user } of [onlyCopy, both]) {
      const saved = await client.get('/api/saved-listings');
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ total: 1, items: [{ type: 'offer', id: original.id, title: original.title }] });
      expect((await client.get(`/api/saved-listings/offer/${original.id}`)).json()).toMatchObject({ saved: true });
      const rows = await db.select().from(savedListings).where(eq(savedListings.userId, user.id));
      expect(rows.map((r) => r.recordId)).toEqual([original.id]);
    }
    expect(await db.select().from(savedListings).where(eq(savedListings.recordId, copy.id))).toEqual([]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'offer.duplicate_merged'), eq(auditLog.entityId, original.id)));
    expect((audit!.after as { moved: Record<string, number> }).moved).toMatchObject({ saves: 1, savesAlreadyKept: 1 });
    // Out of the way of the look-alike checks below (they list a handful of records).
    await db.update(offers).set({ status: 'archived' }).where(eq(offers.id, original.id));
  });

  it('moves no views when the merge is refused', async () => {
    const db = ctx.database.db;
    const { original, copy } = await pair();
    await db.insert(listingViewDays).values({ recordType: 'offer', recordId: copy.id, day: '2026-02-01', views: 6 });
    // Huế covers neither record.
    expect((await staffHue.post('/api/duplicates/merge', { type: 'offer', keepId: original.id, mergeId: copy.id })).statusCode).toBe(403);
    const days = await db.select().from(listingViewDays).where(eq(listingViewDays.recordId, copy.id));
    expect(days.map((d) => d.views)).toEqual([6]);
    // Out of the way of the look-alike checks below (they list a handful of records).
    await db
      .update(offers)
      .set({ status: 'archived' })
      .where(inArray(offers.id, [original.id, copy.id]));
  });

  it('moves matches and connections to the kept record, redirects the old address, audits both, and the pair is gone', async () => {
    const db = ctx.database.db;
    const { original, copy } = await pair();
    const demand = await newDemand(db, { title: 'Cần enzyme cho nước mắm', confidentialDetails: { problem: SECRET }, provinceCode: '40' });
    const other = await newDemand(db, { title: 'Cần enzyme thủy phân', provinceCode: '40' });
    // The same demand matched to both (the kept row wins), another only to the copy (moves).
    await db.insert(matches).values([
      { demandId: demand.id, offerId: original.id, score: 80 },
      { demandId: demand.id, offerId: copy.id, score: 70 },
      { demandId: other.id, offerId: copy.id, score: 60 },
    ]);
    const [connection] = await db
      .insert(connections)
      .values({ demandId: demand.id, offerId: copy.id, channel: 'connection-point', origin: 'broker', requestedBy: 'broker', openedOn: '2026-01-05' })
      .returning();
    expect((await pairIds(staffHaNoi)).filter((k) => k === [original.id, copy.id].sort().join(':'))).toHaveLength(1);

    // Hà Nội's moderator, whose point entered the copy, merges it into Nghệ An's original.
    const response = await staffHaNoi.post('/api/duplicates/merge', { type: 'offer', keepId: original.id, mergeId: copy.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ keptId: original.id, mergedId: copy.id, moved: { matches: 1, connections: 1 } });
    expect(response.body).not.toContain(SECRET);

    const offerMatches = await db.select().from(matches).where(eq(matches.offerId, original.id));
    expect(offerMatches.map((m) => m.demandId).sort()).toEqual([demand.id, other.id].sort());
    expect(offerMatches.find((m) => m.demandId === demand.id)!.score).toBe(80);
    expect(await db.select().from(matches).where(eq(matches.offerId, copy.id))).toHaveLength(0);
    const [moved] = await db.select().from(connections).where(eq(connections.id, connection!.id));
    expect(moved!.offerId).toBe(original.id);

    // The old address leads to the kept record, for the API and for the page.
    const old = await new TestClient(ctx.app).get(`/api/offers/${copy.id}`);
    expect(old.statusCode).toBe(308);
    expect(old.headers.location).toBe(`/api/offers/${original.id}`);
    // The merged one left the public catalogue.
    const list = (await new TestClient(ctx.app).get('/api/offers?limit=50')).json() as { items: Array<{ id: string }> };
    expect(list.items.map((i) => i.id)).not.toContain(copy.id);
    expect(list.items.map((i) => i.id)).toContain(original.id);

    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'offer.duplicate_merged'));
    expect(audit.map((a) => a.entityId)).toContain(original.id);
    const mergedAudit = await db.select().from(auditLog).where(eq(auditLog.entityId, copy.id));
    expect(mergedAudit.map((a) => a.action)).toContain('offer.merged_into');

    expect(await pairIds(staffHaNoi)).not.toContain([original.id, copy.id].sort().join(':'));
    // Merging again: the merged record is no longer live.
    const again = await staffNgheAn.post('/api/duplicates/merge', { type: 'offer', keepId: original.id, mergeId: copy.id });
    expect(again.statusCode).toBe(409);
  });

  it('is for moderators of either record: 401, 403 for a member and for a third province, 404 unknown, 400 naming the field', async () => {
    const { original, copy } = await pair();
    const body = { type: 'offer', keepId: original.id, mergeId: copy.id };
    expect((await new TestClient(ctx.app).post('/api/duplicates/merge', body)).statusCode).toBe(401);
    expect((await member.post('/api/duplicates/merge', body)).statusCode).toBe(403);
    const hue = await staffHue.post('/api/duplicates/merge', body);
    expect(hue.statusCode).toBe(403);
    expect(hue.json().error.details.reason).toBe('not_moderator_of_pair');
    expect((await staffNgheAn.post('/api/duplicates/merge', { ...body, mergeId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    const same = await staffNgheAn.post('/api/duplicates/merge', { ...body, mergeId: original.id });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details.fields[0].path).toBe('mergeId');
    const bad = await staffNgheAn.post('/api/duplicates/merge', { ...body, keepId: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('keepId');
    // Nothing was written by the refused attempts.
    expect((await new TestClient(ctx.app).get(`/api/offers/${copy.id}`)).statusCode).toBe(200);
  });

  it('merges demands too, keeping the confidential part out of every answer', async () => {
    const db = ctx.database.db;
    const summary = 'Nhà máy chế biến cá tra cần xử lý 800 m3 nước thải mỗi ngày đạt cột A, giảm mùi và bùn thải.';
    const a = await newDemand(db, {
      title: 'Cần công nghệ xử lý nước thải chế biến thủy sản',
      publicSummary: summary,
      confidentialDetails: { problem: SECRET },
      provinceCode: '40',
    });
    const b = await newDemand(db, {
      title: 'Xử lý nước thải chế biến thủy sản',
      publicSummary: summary.slice(0, 60),
      confidentialDetails: { problem: SECRET },
      provinceCode: '40',
    });
    const response = await staffNgheAn.post('/api/duplicates/merge', { type: 'demand', keepId: a.id, mergeId: b.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).not.toContain(SECRET);
    const old = await new TestClient(ctx.app).get(`/api/demands/${b.id}`);
    expect(old.statusCode).toBe(308);
    expect(old.headers.location).toBe(`/api/demands/${a.id}`);
  });
});

describe('marking two records distinct', () => {
  it('is never proposed again, neither on the screen nor in the warning while editing', async () => {
    const { original, copy } = await pair();
    const key = [original.id, copy.id].sort().join(':');
    expect(await pairIds(staffNgheAn)).toContain(key);
    const check = { type: 'offer', id: copy.id, title: 'Nuoc mam: che pham enzyme thuy phan ca', description: copyDescription, sectorCode: 'C', trl: 7 };
    const before = (await staffHaNoi.post('/api/duplicates/check', check)).json().items.map((i: { record: { id: string } }) => i.record.id);
    expect(before).toContain(original.id);

    const response = await staffNgheAn.post('/api/duplicates/distinct', { type: 'offer', aId: copy.id, bId: original.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ recorded: true });
    expect((await staffNgheAn.post('/api/duplicates/distinct', { type: 'offer', aId: original.id, bId: copy.id })).json()).toEqual({ recorded: false });

    expect(await pairIds(staffNgheAn)).not.toContain(key);
    expect(await pairIds(staffHaNoi)).not.toContain(key);
    const after = (await staffHaNoi.post('/api/duplicates/check', check)).json().items.map((i: { record: { id: string } }) => i.record.id);
    expect(after).not.toContain(original.id);
    // Both records stay public.
    expect((await new TestClient(ctx.app).get(`/api/offers/${copy.id}`)).statusCode).toBe(200);
  });

  it('refuses without a session, for a member, a third province, and names a bad field', async () => {
    const { original, copy } = await pair();
    const body = { type: 'offer', aId: original.id, bId: copy.id };
    expect((await new TestClient(ctx.app).post('/api/duplicates/distinct', body)).statusCode).toBe(401);
    expect((await member.post('/api/duplicates/distinct', body)).statusCode).toBe(403);
    expect((await staffHue.post('/api/duplicates/distinct', body)).statusCode).toBe(403);
    const same = await staffNgheAn.post('/api/duplicates/distinct', { ...body, bId: original.id });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details.fields[0].path).toBe('bId');
    const type = await staffNgheAn.post('/api/duplicates/distinct', { ...body, type: 'expert' });
    expect(type.statusCode).toBe(400);
    expect(type.json().error.details.fields[0].path).toBe('type');
  });
});
