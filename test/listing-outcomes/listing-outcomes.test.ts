import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingViewDays, matches, savedSearchDeliveries, savedSearches } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { readWorkbook } from '../support/workbook.js';
import { connectionsWorld } from '../connections/connections-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
const year = new Date().getUTCFullYear();
const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()).slice(0, 7);

beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
  const db = ctx.database.db;
  // A connection from the demand to the offer that reached an MoU worth 2 billion VND.
  const opened = (
    await world.seeker.client.post('/api/connections', { demandId: world.demand.id, offerId: world.offer.id, origin: 'match', message: 'Quan tâm' })
  ).json();
  const accepted = (await world.supplier.client.post(`/api/connections/${opened.id}/stage`, { stage: 'accepted', version: opened.version })).json();
  const today = new Date().toISOString().slice(0, 10);
  await world.broker.client.post(`/api/connections/${opened.id}/stage`, { stage: 'meeting', occurredOn: today, version: accepted.version });
  const mou = await world.broker.client.post(`/api/connections/${opened.id}/agreements`, {
    kind: 'mou',
    title: 'Biên bản ghi nhớ ủ chượp',
    valueVnd: 2_000_000_000,
    signedOn: today,
    parties: [
      { name: 'Công ty Nước mắm Cửa Hội', role: 'transferee' },
      { name: 'Viện Công nghệ Thực phẩm', role: 'transferor' },
    ],
  });
  expect(mou.json().stage).toBe('mou');
  // A second request that the supplier declined.
  const second = (
    await world.seeker.client.post('/api/connections', { demandId: world.demand.id, offerId: world.offer.id, origin: 'offer-page', message: 'Lần hai' })
  ).json();
  await world.supplier.client.post(`/api/connections/${second.id}/stage`, { stage: 'declined', version: second.version });
  await db.insert(matches).values({ demandId: world.demand.id, offerId: world.offer.id, score: 80 });
  const [search] = await db
    .insert(savedSearches)
    .values({ userId: world.outsider.user.id, type: 'offer', name: 'Enzyme', query: { q: 'enzyme' } })
    .returning();
  await db.insert(savedSearchDeliveries).values({ savedSearchId: search.id, recordId: world.offer.id });
});
afterAll(async () => ctx?.close());

const outcomeOf = async (client: TestClient, path: string) => {
  const response = await client.get(path);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().outcome;
};

describe('what a listing achieved', () => {
  it("counts others' views of a listing's page without a write per view, and not the owner's own", async () => {
    const before = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(listingViewDays);
    await world.outsider.client.get(`/api/offers/${world.offer.id}`);
    await world.outsider.client.get(`/api/offers/${world.offer.id}`);
    await new TestClient(ctx.app).get(`/api/offers/${world.offer.id}`);
    await world.supplier.client.get(`/api/offers/${world.offer.id}`);
    await world.supplier.client.get(`/api/offers/${world.offer.id}`);
    // The views wait in the process: the page views wrote no row.
    const after = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(listingViewDays);
    expect(after[0].n).toBe(before[0].n);

    const outcome = await outcomeOf(world.supplier.client, `/api/offers/${world.offer.id}/outcomes`);
    expect(outcome.views).toBe(3);
    const stored = await ctx.database.db.select().from(listingViewDays);
    expect(stored).toEqual([expect.objectContaining({ recordType: 'offer', recordId: world.offer.id, views: 3 })]);
  });

  it('shows the owner and the connection point the same figures as the connection pipeline and the dashboard', async () => {
    const asOwner = await outcomeOf(world.seeker.client, `/api/demands/${world.demand.id}/outcomes`);
    const asStaff = await outcomeOf(world.broker.client, `/api/demands/${world.demand.id}/outcomes`);
    expect(asStaff).toEqual(asOwner);
    expect(asOwner).toMatchObject({ saves: 0, matches: 1, contacts: 2, meetings: 1, mous: 1, contracts: 0, mouValueVnd: 2_000_000_000, contractValueVnd: 0 });
    const offer = await outcomeOf(world.supplier.client, `/api/offers/${world.offer.id}/outcomes`);
    expect(offer).toMatchObject({ saves: 1, matches: 1, contacts: 2, meetings: 1, mous: 1 });

    // The pipeline lists the same two connections; the dashboard's funnel and outcomes for the point's province agree.
    const pipeline = (await world.broker.client.get(`/api/connections?demandId=${world.demand.id}`)).json();
    expect(pipeline.total ?? pipeline.items.length).toBe(asOwner.contacts);
    const report = (await world.broker.client.get(`/api/reports/network?from=${year}&to=${year}`)).json();
    const funnel = Object.fromEntries(report.connections.funnel.map((s: { stage: string; count: number }) => [s.stage, s.count]));
    expect([funnel.proposed, funnel.meeting, funnel.mou, funnel.contract]).toEqual([asOwner.contacts, asOwner.meetings, asOwner.mous, asOwner.contracts]);

    const months = (await world.broker.client.get(`/api/connection-points/${world.point.id}/listing-outcomes?year=${year}`)).json();
    expect(months.total).toMatchObject({ contacts: funnel.proposed, meetings: funnel.meeting, mous: funnel.mou, contracts: funnel.contract });
    expect(months.total.mouValueVnd).toBe(2_000_000_000);
    expect(months.months).toHaveLength(12);
    expect(months.months.find((m: { month: string }) => m.month === thisMonth)).toMatchObject({ contacts: 2, mous: 1 });
    expect(months.listings).toEqual({ offers: 0, demands: 1 });
  });

  it('refuses without a session, with a bad id or year, and to people outside the listing or the point', async () => {
    expect((await new TestClient(ctx.app).get(`/api/offers/${world.offer.id}/outcomes`)).statusCode).toBe(401);
    expect((await world.supplier.client.get('/api/offers/not-an-id/outcomes')).statusCode).toBe(400);
    expect((await world.outsider.client.get(`/api/offers/${world.offer.id}/outcomes`)).statusCode).toBe(404);
    expect((await world.supplier.client.get(`/api/demands/${world.demand.id}/outcomes`)).statusCode).toBe(404);
    const badYear = await world.broker.client.get(`/api/connection-points/${world.point.id}/listing-outcomes?year=abc`);
    expect(badYear.statusCode).toBe(400);
    expect(JSON.stringify(badYear.json().error.details)).toContain('year');
    expect((await world.seeker.client.get(`/api/connection-points/${world.point.id}/listing-outcomes?year=${year}`)).statusCode).toBe(403);
    expect((await world.broker.client.get(`/api/connection-points/00000000-0000-4000-8000-000000000000/listing-outcomes?year=${year}`)).statusCode).toBe(404);
    expect((await world.agency.client.get(`/api/connection-points/${world.point.id}/listing-outcomes?year=${year}`)).statusCode).toBe(200);
  });

  it('exports the month table to Excel with Vietnamese intact and every figure explained', async () => {
    const response = await world.broker.client.request('GET', `/api/connection-points/${world.point.id}/listing-outcomes.xlsx?year=${year}`, undefined, {
      headers: { 'accept-language': 'vi' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = await readWorkbook(response.rawPayload);
    expect(book.sheets).toEqual(['Theo tháng', 'Giải thích']);
    const rows = book.rows('Theo tháng');
    expect(rows[0][0]).toBe(`Kết quả tin đăng của ${world.point.nameVi} — năm ${year}`);
    expect(rows[2]).toEqual([
      'Tháng',
      'Lượt xem',
      'Báo qua tìm kiếm đã lưu',
      'Lượt lưu tin',
      'Gợi ý ghép nối',
      'Đề nghị kết nối',
      'Gặp gỡ',
      'Biên bản ghi nhớ',
      'Hợp đồng',
      'Giá trị biên bản ghi nhớ (VNĐ)',
      'Giá trị hợp đồng (VNĐ)',
    ]);
    const [y, m] = thisMonth.split('-');
    expect(rows.find((r) => r[0] === `${m}/${y}`)?.slice(5, 10)).toEqual([2, 1, 1, 0, 2_000_000_000]);
    expect(rows.at(-1)?.[0]).toBe('Cả năm');
    expect(book.texts).toContain('Số cuộc kết nối mở từ tin này (mọi đề nghị, kể cả bị từ chối) — bước đầu của phễu kết nối');
  });
});
