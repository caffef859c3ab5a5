import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { catalogueWorld, publishedRecord } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
});
afterAll(async () => ctx?.close());

const profile = {
  name: 'TS. Phạm Quốc Đạt',
  title: 'Tiến sĩ',
  affiliationName: 'Viện Cơ điện nông nghiệp',
  keywords: ['sấy nông sản', 'bơm nhiệt'],
  services: ['Tư vấn thiết kế lò sấy'],
  fieldCodes: ['204'],
  email: 'dat@example.vn',
};

const publishedExpert = (fields: Record<string, unknown>) => publishedRecord(world.owner, world.staff, '/api/experts', { ...profile, ...fields });

describe('expert workflow', () => {
  it('drafts, is returned with a reason, fixed, resubmitted, published and found without diacritics', async () => {
    const created = await world.owner.post('/api/experts', profile);
    expect(created.statusCode).toBe(201);
    const expert = created.json();
    expect(expert).toMatchObject({ status: 'draft', version: 1, provinceCode: '08', ownerOrganisationId: world.enterprise.id });
    expect(expert.abilities).toMatchObject({ canEdit: true, canSubmit: true, canPublish: false });
    expect((await world.visitor.get(`/api/experts/${expert.id}`)).statusCode).toBe(404);

    expect((await world.owner.post(`/api/experts/${expert.id}/submit`)).json().status).toBe('submitted');
    expect((await world.owner.post(`/api/experts/${expert.id}/publish`)).statusCode).toBe(403);
    expect((await world.farStaff.post(`/api/experts/${expert.id}/publish`)).statusCode).toBe(404);
    const returned = await world.staff.post(`/api/experts/${expert.id}/return`, { reason: 'Bổ sung lĩnh vực chuyên môn' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Bổ sung lĩnh vực chuyên môn' });

    const fixed = await world.owner.patch(`/api/experts/${expert.id}`, { version: returned.json().version, fieldCodes: ['204', '211'] });
    expect(fixed.json()).toMatchObject({ status: 'returned', fieldCodes: ['204', '211'] });
    await world.owner.post(`/api/experts/${expert.id}/submit`);
    const published = await world.staff.post(`/api/experts/${expert.id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published', returnReason: null });

    const found = (await world.visitor.get('/api/experts?q=say%20nong%20san')).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([expert.id]);
    const actions = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'expert'), eq(auditLog.entityId, expert.id)));
    expect(actions.map((a) => a.action)).toEqual(['expert.create', 'expert.submit', 'expert.return', 'expert.update', 'expert.submit', 'expert.publish']);
  });

  it('sends a published profile back to review on a material edit, not on a contact fix', async () => {
    const id = await publishedExpert({ name: 'TS. Võ Minh Châu' });
    const { version } = (await world.owner.get(`/api/experts/${id}`)).json();
    const contact = await world.owner.patch(`/api/experts/${id}`, { version, phone: '0912 111 222' });
    expect(contact.json()).toMatchObject({ status: 'published', version: version + 1 });
    const material = await world.owner.patch(`/api/experts/${id}`, { version: version + 1, bio: 'Hai mươi năm thiết kế lò sấy.' });
    expect(material.json().status).toBe('submitted');
    expect((await world.visitor.get(`/api/experts/${id}`)).statusCode).toBe(404);
  });

  it('answers a stale edit with 409 naming what changed since', async () => {
    const id = await publishedExpert({ name: 'PGS. Đỗ Thu Hà' });
    const { version } = (await world.owner.get(`/api/experts/${id}`)).json();
    await world.staff.patch(`/api/experts/${id}`, { version, affiliationName: 'Đại học Bách khoa Hà Nội' });
    const stale = await world.owner.patch(`/api/experts/${id}`, { version, name: 'PGS.TS. Đỗ Thu Hà' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { changedFields: ['affiliationName'] } });
    expect(stale.json().error.message).toContain('affiliationName');
  });

  it('archives a profile: gone from public pages and no longer editable', async () => {
    const id = await publishedExpert({ name: 'KS. Lưu Trữ' });
    const archived = await world.owner.post(`/api/experts/${id}/archive`);
    expect(archived.json()).toMatchObject({ status: 'archived', abilities: { canEdit: false, canSubmit: false } });
    expect((await world.visitor.get(`/api/experts/${id}`)).statusCode).toBe(404);
    expect((await world.owner.patch(`/api/experts/${id}`, { version: archived.json().version, name: 'x' })).statusCode).toBe(403);
    expect((await world.owner.post(`/api/experts/${id}/submit`)).json().error.code).toBe('INVALID_TRANSITION');
  });

  it('documents every expert route in OpenAPI', async () => {
    const paths = Object.keys((await world.visitor.get('/api/docs/json')).json().paths);
    const expected = ['', '/{id}', '/{id}/submit', '/{id}/publish', '/{id}/return', '/{id}/archive', '/{id}/attachments'].map((p) => `/api/experts${p}`);
    expect(paths).toEqual(expect.arrayContaining(expected));
  });
});
