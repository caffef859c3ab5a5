import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demands, offerMatchFeatures, offers } from '../../src/db/schema/index.js';
import { agencyClient, newOffer } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

// The matcher keeps each candidate's features after tokenising it once (offer_match_features);
// what it answers must never depend on whether they were kept.
let ctx: TestContext;
let demandId: string;
const offerIds: Record<string, string> = {};

async function insertOffer(key: string, fields: Partial<typeof offers.$inferInsert>) {
  offerIds[key] = (await newOffer(ctx.database.db, fields)).id;
}

const matches = async () => {
  const response = await new TestClient(ctx.app).get(`/api/demands/${demandId}/matches`);
  expect(response.statusCode).toBe(200);
  return response
    .json()
    .items.map((m: { offer: { id: string }; score: number; reasons: unknown[] }) => ({ id: m.offer.id, score: m.score, reasons: m.reasons }));
};
const keptCount = async () => (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(offerMatchFeatures))[0].n;
const forgetKeptFeatures = () => ctx.database.db.delete(offerMatchFeatures);

beforeAll(async () => {
  ctx = await createTestApp();
  const [demand] = await ctx.database.db
    .insert(demands)
    .values({
      title: 'Dây chuyền chế biến xyzvi',
      publicSummary: 'Cần công nghệ chế biến xyzvi quy mô nhỏ, tiết kiệm năng lượng.',
      keywords: ['xyzvi'],
      status: 'open',
    })
    .returning();
  demandId = demand.id;
  await insertOffer('vi', { title: 'Dây chuyền chế biến xyzvi quy mô nhỏ', summary: 'Tiết kiệm năng lượng, dễ vận hành.' });
  await insertOffer('en', { language: 'en', title: 'Small-scale qwenfruit processing line', summary: 'Energy-saving qwenfruit processing.', country: 'KR' });
  await insertOffer('other', { title: 'Phần mềm quản lý kho hàng', summary: 'Quản lý nhập xuất tồn.' });
});
afterAll(async () => ctx?.close());

describe("a match from the candidates' kept features", () => {
  it('answers the same scores and reasons as a match that tokenises every candidate', async () => {
    await forgetKeptFeatures();
    const tokenised = await matches();
    expect(await keptCount()).toBeGreaterThan(0);
    expect(await matches()).toEqual(tokenised);
  });

  it('ranks an offer by its new text once it is edited, however the edit was written', async () => {
    const before = await matches();
    expect(before.map((m: { id: string }) => m.id)).toContain(offerIds.vi);
    // Written past the services, as a script or an old import might: no version bump, no hook.
    await ctx.database.db.update(offers).set({ title: 'Bao bì giấy cho xyzvi', summary: 'Hộp carton.' }).where(eq(offers.id, offerIds.vi));
    await ctx.database.db.update(offers).set({ title: 'Máy chế biến xyzvi tiết kiệm năng lượng' }).where(eq(offers.id, offerIds.other));
    const afterEdit = await matches();
    expect(afterEdit).not.toEqual(before);
    expect(afterEdit.map((m: { id: string }) => m.id)).toContain(offerIds.other);
    await forgetKeptFeatures();
    expect(await matches()).toEqual(afterEdit);
  });

  it('follows a glossary term added after the offers were matched', async () => {
    await matches();
    const { client } = await agencyClient(ctx.app, ctx.database.db);
    expect((await client.post('/api/glossary', { vi: 'xyzvi', en: 'qwenfruit' })).statusCode).toBe(201);
    const afterGlossary = await matches();
    const english = afterGlossary.find((m: { id: string }) => m.id === offerIds.en);
    expect(JSON.stringify(english?.reasons)).toContain('xyzvi');
    await forgetKeptFeatures();
    expect(await matches()).toEqual(afterGlossary);
  });
});
