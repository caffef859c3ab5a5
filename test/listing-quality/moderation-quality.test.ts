import { afterAll, beforeAll, expect, it } from 'vitest';
import { newConnectionPoint, newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let staff: TestClient;
const SECRET = `TBSECRETQ${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '40' });
  await newConnectionPoint(db, centre.id, ['40']);
  staff = (await signedInClient(ctx.app, db, { organisationId: centre.id })).client;
  await newOffer(db, { title: 'CÔNG NGHỆ MỚI', summary: 'Hiện đại, hiệu quả.', status: 'submitted', submittedAt: new Date(), provinceCode: '40' });
  await newOffer(db, {
    title: 'Chế phẩm enzyme thủy phân cá rút ngắn thời gian ủ chượp nước mắm',
    summary:
      'Giải quyết vấn đề ủ chượp kéo dài: rút ngắn thời gian từ 12 tháng xuống 4 tháng so với ủ truyền thống. Công suất 500 tấn/năm, đã thử nghiệm tại hai cơ sở, chi phí giảm 20% mỗi lít nước mắm thành phẩm, giữ độ đạm.',
    keywords: ['enzyme', 'nước mắm', 'thủy phân'],
    priceVnd: 1_500_000_000,
    trl: 7,
    ipStatus: 'utility-solution',
    ipNumbers: ['2-0002345'],
    transferForms: ['license'],
    status: 'submitted',
    submittedAt: new Date(),
    provinceCode: '40',
  });
  await newDemand(db, { title: 'Cần máy', status: 'submitted', submittedAt: new Date(), provinceCode: '40', confidentialDetails: { problem: SECRET } });
});
afterAll(async () => ctx?.close());

it('shows moderators each listing’s score out of 20 and the items it misses, never the text behind it', async () => {
  const response = await staff.get('/api/moderation/queue');
  expect(response.statusCode, response.body).toBe(200);
  const items = response.json().items as Array<{ type: string; title: string; quality: { score: number; missing: string[] } | null }>;
  const byTitle = new Map(items.map((i) => [i.title, i.quality]));
  expect(byTitle.get('CÔNG NGHỆ MỚI')!.score).toBeLessThan(10);
  expect(byTitle.get('CÔNG NGHỆ MỚI')!.missing).toContain('advantage');
  expect(byTitle.get('Chế phẩm enzyme thủy phân cá rút ngắn thời gian ủ chượp nước mắm')).toEqual({ score: 20, missing: [], publishable: true });
  expect(byTitle.get('Cần máy')!.missing).toContain('economics');
  expect(response.body).not.toContain(SECRET);
});
