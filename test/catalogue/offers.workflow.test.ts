import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, offers } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { catalogueWorld, publishedRecord } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
});
afterAll(async () => ctx?.close());

const fishSauce = {
  title: 'Công nghệ sản xuất nước mắm truyền thống rút ngắn thời gian ủ chượp',
  summary: 'Quy trình lên men nước mắm bằng enzyme, giảm thời gian ủ từ 12 tháng xuống 6 tháng.',
  description: 'Chi tiết quy trình, thiết bị và đào tạo.',
  keywords: ['nước mắm', 'lên men', 'enzyme'],
  fieldCodes: ['204'],
  sectorCode: 'C',
  trl: 7,
  transferForms: ['license', 'know-how'],
  priceVnd: 450_000_000,
  contactPhone: '0912 345 678',
};

describe('offer workflow', () => {
  it('drafts, is returned with a reason, resubmitted, published and found without diacritics or with a typo', async () => {
    const created = await world.owner.post('/api/offers', fishSauce);
    expect(created.statusCode).toBe(201);
    const offer = created.json();
    expect(offer).toMatchObject({ status: 'draft', version: 1, provinceCode: '08', ownerOrganisationId: world.enterprise.id });
    expect(offer.transferRights).toEqual(['right-to-use']);
    expect(offer.abilities).toMatchObject({ canEdit: true, canSubmit: true, canPublish: false });

    expect((await world.visitor.get(`/api/offers/${offer.id}`)).statusCode).toBe(404);
    expect((await world.staff.post(`/api/offers/${offer.id}/publish`)).json().error).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'draft', to: 'published' },
    });

    expect((await world.owner.post(`/api/offers/${offer.id}/submit`)).json().status).toBe('submitted');
    const noReason = await world.staff.post(`/api/offers/${offer.id}/return`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].path).toBe('reason');
    const returned = await world.staff.post(`/api/offers/${offer.id}/return`, { reason: 'Thiếu mức giá cụ thể' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Thiếu mức giá cụ thể' });

    const fixed = await world.owner.patch(`/api/offers/${offer.id}`, { version: returned.json().version, priceVnd: 500_000_000 });
    expect(fixed.json()).toMatchObject({ status: 'returned', priceVnd: 500_000_000 });
    await world.owner.post(`/api/offers/${offer.id}/submit`);
    expect((await world.owner.post(`/api/offers/${offer.id}/publish`)).statusCode).toBe(403);
    const published = await world.staff.post(`/api/offers/${offer.id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published', returnReason: null });
    expect(published.json().publishedAt).toBeTruthy();

    const plain = (await world.visitor.get('/api/offers?q=nuoc%20mam')).json();
    expect(plain.items.map((i: { id: string }) => i.id)).toEqual([offer.id]);
    expect(plain.items[0].highlight.title).toContain('<mark>nước</mark> <mark>mắm</mark>');
    const typo = (await world.visitor.get('/api/offers?q=nuoc%20mamm')).json();
    expect(typo.items.map((i: { id: string }) => i.id)).toEqual([offer.id]);
    const misspelt = (await world.visitor.get('/api/offers?q=nuox%20mam%20truyen%20thong')).json();
    expect(misspelt.items.map((i: { id: string }) => i.id)).toEqual([offer.id]);

    const detail = (await world.visitor.get(`/api/offers/${offer.id}`)).json();
    expect(detail.title).toBe(fishSauce.title);
    expect(detail.version).toBeUndefined();

    const actions = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'offer'), eq(auditLog.entityId, offer.id)));
    expect(actions.map((a) => a.action)).toEqual(['offer.create', 'offer.submit', 'offer.return', 'offer.update', 'offer.submit', 'offer.publish']);
  });

  it('sends a published offer back to review on a material edit, not on a contact fix', async () => {
    const id = await publishedOffer({ title: 'Máy sấy nông sản năng lượng mặt trời' });
    const current = (await world.owner.get(`/api/offers/${id}`)).json();
    const contactFix = await world.owner.patch(`/api/offers/${id}`, { version: current.version, contactPhone: '0987 654 321' });
    expect(contactFix.json()).toMatchObject({ status: 'published', version: current.version + 1 });
    const material = await world.owner.patch(`/api/offers/${id}`, { version: current.version + 1, trl: 8 });
    expect(material.json()).toMatchObject({ status: 'submitted', trl: 8 });
  });

  it('answers a stale edit with 409 naming what changed since', async () => {
    const id = await publishedOffer({ title: 'Chế phẩm vi sinh xử lý nước thải' });
    const { version } = (await world.owner.get(`/api/offers/${id}`)).json();
    await world.staff.patch(`/api/offers/${id}`, { version, summary: 'Đã cập nhật', keywords: ['vi sinh'] });
    const stale = await world.owner.patch(`/api/offers/${id}`, { version, title: 'Tên mới' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: version + 1, changedFields: ['keywords', 'summary'] } });
    expect(stale.json().error.message).toBe('Someone else changed this record. Please reload and edit again. Fields changed: keywords, summary.');
    const [row] = await ctx.database.db.select().from(offers).where(eq(offers.id, id));
    expect(row!.title).toBe('Chế phẩm vi sinh xử lý nước thải');
  });

  it('keeps other organisations and far connection points out', async () => {
    const id = (await world.owner.post('/api/offers', { title: 'Bản nháp riêng' })).json().id;
    expect((await world.stranger.get(`/api/offers/${id}`)).statusCode).toBe(404);
    expect((await world.stranger.patch(`/api/offers/${id}`, { version: 1, title: 'x' })).statusCode).toBe(404);
    await world.owner.post(`/api/offers/${id}/submit`);
    expect((await world.farStaff.post(`/api/offers/${id}/publish`)).statusCode).toBe(404);
    const onBehalf = await world.farStaff.post('/api/offers', { title: 'Nhập hộ', ownerOrganisationId: world.enterprise.id });
    expect(onBehalf.statusCode).toBe(403);
    const entered = await world.staff.post('/api/offers', { title: 'Nhập hộ doanh nghiệp', ownerOrganisationId: world.enterprise.id });
    expect(entered.json()).toMatchObject({ ownerOrganisationId: world.enterprise.id, provinceCode: '08' });
    expect((await world.agency.post(`/api/offers/${id}/publish`)).json().status).toBe('published');
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const before = (await ctx.database.db.select().from(offers)).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ summary: 'no title' }, 'title'],
      [{ title: 'x', trl: 12 }, 'trl'],
      [{ title: 'x', fieldCodes: ['999999'] }, 'fieldCodes'],
      [{ title: 'x', province: 'Atlantis' }, 'province'],
      [{ title: 'x', transferForms: ['gift'] }, 'transferForms.0'],
      [{ title: 'x', priceVnd: -1 }, 'priceVnd'],
      [{ title: 'x', contactEmail: 'nope' }, 'contactEmail'],
    ];
    for (const [body, path] of cases) {
      const response = await world.owner.post('/api/offers', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
    expect((await world.visitor.post('/api/offers', { title: 'x' })).statusCode).toBe(401);
    expect((await ctx.database.db.select().from(offers)).length).toBe(before);
  });
});

const publishedOffer = (fields: Record<string, unknown>) => publishedRecord(world.owner, world.staff, '/api/offers', { ...fishSauce, ...fields });
