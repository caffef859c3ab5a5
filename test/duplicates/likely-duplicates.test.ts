import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyClient, newConnectionPoint, newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
const ids: Record<string, string> = {};
let staffNgheAn: TestClient;
let staffHaNoi: TestClient;
let staffHue: TestClient;
let agency: TestClient;
let member: TestClient;
const SECRET = `TBSECRETDUP${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

const description =
  'Chế phẩm enzyme protease thủy phân cá cơm, rút ngắn thời gian ủ chượp nước mắm từ 12 tháng xuống 4 tháng, giữ độ đạm 30 độ, quy mô 500 tấn mỗi năm.';

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
  agency = (await agencyClient(ctx.app, db)).client;
  member = (await signedInClient(ctx.app, db, { organisationId: (await newOrganisation(db)).id })).client;
  // The same technology, entered by two connection points: once with diacritics, once without and reordered.
  ids.original = (await newOffer(db, { title: 'Chế phẩm enzyme thủy phân cá làm nước mắm', description, provinceCode: '40', sectorCode: 'C', trl: 7 })).id;
  ids.copy = (
    await newOffer(db, {
      title: 'Nuoc mam: che pham enzyme thuy phan ca',
      description: 'Che pham enzyme protease thuy phan ca com, rut ngan thoi gian u chuop nuoc mam tu 12 thang xuong 4 thang.',
      provinceCode: '01',
      sectorCode: 'C',
      trl: 7,
      status: 'submitted',
    })
  ).id;
  ids.other = (
    await newOffer(db, { title: 'Máy sấy nông sản năng lượng mặt trời', description: 'Sấy cà phê, hồ tiêu bằng năng lượng mặt trời.', provinceCode: '46' })
  ).id;
  const summary = 'Nhà máy chế biến cá tra cần xử lý 800 m3 nước thải mỗi ngày đạt cột A, giảm mùi và bùn thải.';
  await newDemand(db, {
    title: 'Cần công nghệ xử lý nước thải chế biến thủy sản',
    publicSummary: summary,
    confidentialDetails: { problem: SECRET },
    provinceCode: '40',
  });
  await newDemand(db, {
    title: 'Xử lý nước thải chế biến thủy sản',
    publicSummary: summary.slice(0, 60),
    confidentialDetails: { problem: SECRET },
    provinceCode: '40',
  });
  await newDemand(db, { title: 'Tìm dây chuyền đóng gói cà phê hòa tan', publicSummary: 'Đóng gói 2 tấn mỗi ngày.', provinceCode: '66' });
  // With statistics, every word of a catalogue this small is held by a large share of it: the check must still warn.
  await db.execute(sql`analyze offers`);
});
afterAll(async () => ctx?.close());

type Pairs = { items: Array<{ score: number; a: { id: string }; b: { id: string }; agree: string[] }>; compared: number };
const pairsOf = async (client: TestClient, type = 'offer') => {
  const response = await client.get(`/api/duplicates?type=${type}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Pairs;
};
const ids2 = (p: Pairs['items'][number]) => [p.a.id, p.b.id].sort();

describe('likely duplicates for moderators', () => {
  it('finds a copy typed without diacritics and reordered, across two connection points', async () => {
    const pairs = await pairsOf(agency);
    expect(pairs.compared).toBe(3);
    expect(pairs.items.map(ids2)).toEqual([[ids.original, ids.copy].sort()]);
    expect(pairs.items[0]!.score).toBeGreaterThan(0.4);
    expect(pairs.items[0]!.agree).toContain('title');
  });

  it('shows the pair to the moderators of either record, and not to a third province', async () => {
    expect((await pairsOf(staffNgheAn)).items).toHaveLength(1);
    expect((await pairsOf(staffHaNoi)).items).toHaveLength(1);
    expect((await pairsOf(staffHue)).items).toHaveLength(0);
  });

  it('compares demands by their public part only', async () => {
    const response = await agency.get('/api/duplicates?type=demand');
    expect(response.json().items).toHaveLength(1);
    expect(response.body).not.toContain(SECRET);
  });

  it('is for moderators: 401 without a session, 403 for a member, 400 for an unknown type', async () => {
    expect((await new TestClient(ctx.app).get('/api/duplicates')).statusCode).toBe(401);
    expect((await member.get('/api/duplicates')).statusCode).toBe(403);
    const bad = await agency.get('/api/duplicates?type=expert');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('type');
  });
});

describe('checking a record while it is written', () => {
  it('warns of a published record it likely duplicates, and of waiting ones only to their moderators', async () => {
    const body = {
      type: 'offer',
      title: 'Nước mắm: chế phẩm enzyme thủy phân cá',
      description,
      sectorCode: 'C',
      trl: 7,
    };
    const forMember = await member.post('/api/duplicates/check', body);
    expect(forMember.statusCode, forMember.body).toBe(200);
    // The published original, not the copy still waiting in Hà Nội's queue.
    expect(forMember.json().items.map((i: { record: { id: string } }) => i.record.id)).toEqual([ids.original]);
    const forHaNoi = (await staffHaNoi.post('/api/duplicates/check', body)).json().items.map((i: { record: { id: string } }) => i.record.id);
    expect(forHaNoi.sort()).toEqual([ids.original, ids.copy].sort());
    // Editing the original does not warn of itself.
    const editing = (await staffNgheAn.post('/api/duplicates/check', { ...body, id: ids.original })).json().items;
    expect(editing.map((i: { record: { id: string } }) => i.record.id)).not.toContain(ids.original);
    expect((await new TestClient(ctx.app).post('/api/duplicates/check', body)).statusCode).toBe(401);
    expect((await member.post('/api/duplicates/check', { type: 'offer', title: '' })).statusCode).toBe(400);
  });
});
