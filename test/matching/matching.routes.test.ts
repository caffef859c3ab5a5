import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demands, offers } from '../../src/db/schema/index.js';
import { agencyClient, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
const ids: Record<string, string> = {};

async function insertOffer(key: string, fields: Partial<typeof offers.$inferInsert>) {
  const [row] = await ctx.database.db
    .insert(offers)
    .values({ title: key, status: 'published', ...fields })
    .returning();
  ids[key] = row.id;
}

beforeAll(async () => {
  ctx = await createTestApp();
  const owner = await newOrganisation(ctx.database.db);
  ids.owner = owner.id;
  const [demand] = await ctx.database.db
    .insert(demands)
    .values({
      title: 'Rút ngắn thời gian ủ chượp nước mắm',
      publicSummary: 'Cơ sở nước mắm truyền thống cần công nghệ lên men nhanh, giữ hương vị.',
      keywords: ['nước mắm', 'lên men'],
      sectorCode: 'C',
      vsicSections: ['C'],
      minTrl: 6,
      budgetMaxVnd: 1_000_000_000,
      seekAbroad: true,
      status: 'open',
      ownerOrganisationId: owner.id,
    })
    .returning();
  ids.demand = demand.id;
  const [draftDemand] = await ctx.database.db
    .insert(demands)
    .values({ title: 'Nhu cầu nháp về nước mắm', status: 'draft', ownerOrganisationId: owner.id })
    .returning();
  ids.draftDemand = draftDemand.id;
  await insertOffer('vi', { title: 'Công nghệ lên men nhanh nước mắm bằng enzyme', sectorCode: 'C', vsicSections: ['C'], trl: 7, priceVnd: 500_000_000 });
  await insertOffer('en', {
    language: 'en',
    title: 'Accelerated fish sauce fermentation with protease enzymes',
    summary: 'Shortens traditional fish sauce fermentation from twelve months to three.',
    country: 'KR',
    trl: 8,
  });
  await insertOffer('draft', { title: 'Lên men nước mắm (bản nháp)', status: 'draft' });
  await insertOffer('unrelated', { title: 'Phần mềm quản lý kho hàng' });
});
afterAll(async () => ctx?.close());

describe('GET /api/demands/{id}/matches', () => {
  it('ranks published offers, the English one included, with scores and reasons', async () => {
    const response = await new TestClient(ctx.app).get(`/api/demands/${ids.demand}/matches`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const matched = body.items.map((m: { offer: { id: string } }) => m.offer.id);
    expect(matched.slice(0, 2).sort()).toEqual([ids.vi, ids.en].sort());
    expect(matched).not.toContain(ids.draft);
    expect(matched).not.toContain(ids.unrelated);
    const vi = body.items.find((m: { offer: { id: string } }) => m.offer.id === ids.vi);
    expect(vi.score).toBeGreaterThan(0);
    expect(vi.reasons.map((r: { text: { vi: string } }) => r.text.vi)).toEqual(
      expect.arrayContaining(['Cùng ngành VSIC C', 'TRL 7 ≥ yêu cầu 6', 'Giá trong ngân sách']),
    );
    const en = body.items.find((m: { offer: { id: string } }) => m.offer.id === ids.en);
    expect(en.reasons.map((r: { kind: string }) => r.kind)).toContain('foreign-source');
  });

  it('names the words a person recognises, the demand keywords found in the offer, never syllable fragments', async () => {
    const body = (await new TestClient(ctx.app).get(`/api/demands/${ids.demand}/matches`)).json();
    const vi = body.items.find((m: { offer: { id: string } }) => m.offer.id === ids.vi);
    const phrases = vi.reasons.find((r: { kind: string }) => r.kind === 'phrases');
    expect(phrases.params.phrases).toEqual(expect.arrayContaining(['nước mắm', 'lên men']));
    // "nhanh" and "men nước" are in both texts, but neither is a keyword nor a glossary term.
    expect(phrases.params.phrases).not.toContain('nhanh');
    expect(phrases.params.phrases).not.toContain('men nước');
  });

  it('answers 404 for a draft demand to others, 200 to its owner', async () => {
    expect((await new TestClient(ctx.app).get(`/api/demands/${ids.draftDemand}/matches`)).statusCode).toBe(404);
    const { client } = await signedInClient(ctx.app, ctx.database.db, { organisationId: ids.owner });
    expect((await client.get(`/api/demands/${ids.draftDemand}/matches`)).statusCode).toBe(200);
  });

  it('answers 400 for a bad id or limit and 404 for an unknown demand', async () => {
    const client = new TestClient(ctx.app);
    expect((await client.get('/api/demands/not-a-uuid/matches')).statusCode).toBe(400);
    expect((await client.get(`/api/demands/${ids.demand}/matches?limit=0`)).statusCode).toBe(400);
    expect((await client.get(`/api/demands/${crypto.randomUUID()}/matches`)).statusCode).toBe(404);
  });
});

describe('GET /api/offers/{id}/matches', () => {
  it('shows agency staff the open demands an English offer could solve, public parts only', async () => {
    const { client } = await agencyClient(ctx.app, ctx.database.db);
    const response = await client.get(`/api/offers/${ids.en}/matches`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((m: { demand: { id: string } }) => m.demand.id)).toEqual([ids.demand]);
    expect(items[0].demand).not.toHaveProperty('confidentialDetails');
    expect(items[0].reasons.length).toBeGreaterThan(0);
  });

  it("shows the offer's owner organisation its matching demands", async () => {
    const seller = await newOrganisation(ctx.database.db);
    await ctx.database.db.update(offers).set({ ownerOrganisationId: seller.id }).where(eq(offers.id, ids.vi));
    const { client } = await signedInClient(ctx.app, ctx.database.db, { organisationId: seller.id });
    const response = await client.get(`/api/offers/${ids.vi}/matches`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((m: { demand: { id: string } }) => m.demand.id)).toContain(ids.demand);
  });

  it('refuses the lead list to visitors and other organisations who can only read the offer', async () => {
    expect((await new TestClient(ctx.app).get(`/api/offers/${ids.en}/matches`)).statusCode).toBe(403);
    const { client } = await signedInClient(ctx.app, ctx.database.db, { organisationId: ids.owner });
    expect((await client.get(`/api/offers/${ids.en}/matches`)).statusCode).toBe(403);
  });

  it('answers 404 for a draft offer to a visitor', async () => {
    expect((await new TestClient(ctx.app).get(`/api/offers/${ids.draft}/matches`)).statusCode).toBe(404);
  });
});
