import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { catalogueWorld } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
let demandId: string;
const secret = 'Dây chuyền hiện tại hao hụt 18% nguyên liệu';

beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
  const created = await world.owner.post('/api/demands', {
    title: 'Cần công nghệ bảo quản cam sành sau thu hoạch',
    publicSummary: 'Tìm giải pháp bảo quản cam sành Hà Giang trong 3 tháng.',
    confidentialDetails: { problem: secret, targets: 'Hao hụt dưới 5%' },
    keywords: ['bảo quản', 'cam sành'],
    fieldCodes: ['401'],
    minTrl: 6,
    budgetMinVnd: 200_000_000,
    budgetMaxVnd: 800_000_000,
    province: 'Hà Giang',
  });
  expect(created.statusCode).toBe(201);
  demandId = created.json().id;
  expect(created.json()).toMatchObject({ provinceCode: '08', legacyProvinceCode: '02', status: 'draft' });
  await world.owner.post(`/api/demands/${demandId}/submit`);
  const returned = await world.staff.post(`/api/demands/${demandId}/return`, { reason: 'Bổ sung chỉ tiêu' });
  expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Bổ sung chỉ tiêu' });
  await world.owner.patch(`/api/demands/${demandId}`, {
    version: returned.json().version,
    confidentialDetails: { problem: secret, targets: 'Hao hụt dưới 3%' },
  });
  await world.owner.post(`/api/demands/${demandId}/submit`);
  expect((await world.staff.post(`/api/demands/${demandId}/publish`)).json().status).toBe('open');
});
afterAll(async () => ctx?.close());

describe('demand confidentiality', () => {
  it('never shows confidential details to visitors: detail, list, search snippets', async () => {
    const detail = await world.visitor.get(`/api/demands/${demandId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().confidentialDetails).toBeUndefined();
    expect(detail.body).not.toContain(secret);

    const found = await world.visitor.get('/api/demands?q=cam%20sanh');
    expect(found.json().items.map((i: { id: string }) => i.id)).toEqual([demandId]);
    expect(found.json().items[0].highlight.title).toContain('<mark>cam</mark> <mark>sành</mark>');
    expect(found.body).not.toContain(secret);
    expect(found.body).not.toContain('Hao hụt');

    const bySecret = await world.visitor.get(`/api/demands?q=${encodeURIComponent('hao hụt nguyên liệu')}`);
    expect(bySecret.json().total).toBe(0);
  });

  it('hides them from members of other organisations and far connection points', async () => {
    for (const client of [world.stranger, world.farStaff]) {
      const response = await client.get(`/api/demands/${demandId}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(secret);
    }
  });

  it('shows them to the owner, the covering connection point and the agency', async () => {
    for (const client of [world.owner, world.staff, world.agency]) {
      const response = (await client.get(`/api/demands/${demandId}`)).json();
      expect(response.confidentialDetails).toEqual({ problem: secret, targets: 'Hao hụt dưới 3%' });
    }
  });

  it('rolls a legacy province filter up to the current unit', async () => {
    for (const province of ['Ha Giang', '02', 'Tuyên Quang', '08']) {
      const list = (await world.visitor.get(`/api/demands?province=${encodeURIComponent(province)}`)).json();
      expect(
        list.items.map((i: { id: string }) => i.id),
        province,
      ).toEqual([demandId]);
    }
    expect((await world.visitor.get('/api/demands?province=01')).json().total).toBe(0);
    expect((await world.visitor.get('/api/demands?province=Atlantis')).statusCode).toBe(400);
  });

  it('refuses a budget range upside down, with the field', async () => {
    const response = await world.owner.post('/api/demands', { title: 'x', budgetMinVnd: 10, budgetMaxVnd: 5 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0]).toMatchObject({ path: 'budgetMaxVnd', message: 'The maximum budget must not be below the minimum.' });
    const patch = await world.owner.patch(`/api/demands/${demandId}`, { version: 1, minTrl: 0 });
    expect(patch.json().error.details.fields[0].path).toBe('minTrl');
  });

  it('sends an open demand back to review when its owner changes it materially', async () => {
    const current = (await world.owner.get(`/api/demands/${demandId}`)).json();
    const edited = await world.owner.patch(`/api/demands/${demandId}`, { version: current.version, publicSummary: 'Phạm vi mở rộng sang bưởi' });
    expect(edited.json().status).toBe('submitted');
    expect((await world.visitor.get(`/api/demands/${demandId}`)).statusCode).toBe(404);
    expect((await world.staff.post(`/api/demands/${demandId}/publish`)).json().status).toBe('open');
  });
});
