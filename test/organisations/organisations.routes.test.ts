import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations } from '../../src/db/schema/index.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { organisationBody } from './support.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const db = () => ctx.database.db;
const auditOf = (entityId: string, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

describe('registering an organisation', () => {
  it('answers 401 to a visitor', async () => {
    const response = await new TestClient(ctx.app).post('/api/organisations', organisationBody());
    expect(response.statusCode).toBe(401);
  });

  it('makes the creator its admin, resolves the province and records the change', async () => {
    const { client, user } = await signedInClient(ctx.app, db());
    const nfd = 'Công ty Cơ khí Nghệ An'.normalize('NFD');
    const response = await client.post('/api/organisations', organisationBody({ nameVi: `  ${nfd} `, province: 'nghe an', taxCode: '2900123456' }));
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      view: 'private',
      nameVi: 'Công ty Cơ khí Nghệ An',
      taxCode: '2900123456',
      province: { code: '40', name: 'Nghệ An' },
      legacyProvince: null,
      memberCount: 1,
      version: 1,
      verified: false,
      abilities: { canEdit: true, canManageMembers: true, canVerify: false },
      viewerMembership: { role: 'admin', status: 'active' },
    });

    const mine = await client.get('/api/me/organisations');
    expect(mine.json().items).toEqual([expect.objectContaining({ organisationId: created.id, role: 'admin', status: 'active', userId: user.id })]);

    const [audit] = await auditOf(created.id, 'organisation.create');
    expect(audit).toMatchObject({ actorId: user.id, organisationId: created.id });
    expect(audit.after).toMatchObject({ taxCode: '2900123456', provinceCode: '40' });
  });

  it('keeps the legacy province it was given and stores the current one', async () => {
    const { client } = await signedInClient(ctx.app, db());
    const response = await client.post('/api/organisations', organisationBody({ province: 'Binh Duong' }));
    expect(response.json()).toMatchObject({ province: { code: '79' }, legacyProvince: { code: '74', name: 'Bình Dương' } });
  });

  it('refuses a tax code already registered, with the field at fault', async () => {
    const { client } = await signedInClient(ctx.app, db());
    expect((await client.post('/api/organisations', organisationBody({ taxCode: '0312345678-001' }))).statusCode).toBe(201);
    const duplicate = await client.post('/api/organisations', organisationBody({ taxCode: '0312345678-001' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'taxCode' } });
  });

  it('registers a tax code once when two people submit it at the same moment', async () => {
    const [first, second] = await Promise.all([signedInClient(ctx.app, db()), signedInClient(ctx.app, db())]);
    const body = organisationBody({ taxCode: '0399999999' });
    const results = await Promise.all([first.client.post('/api/organisations', body), second.client.post('/api/organisations', body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await db().select().from(organisations).where(eq(organisations.taxCode, '0399999999'))).toHaveLength(1);
  });

  it('lets only the platform admin create an agency', async () => {
    const { client } = await signedInClient(ctx.app, db());
    const response = await client.post('/api/organisations', organisationBody({ kind: 'agency' }));
    expect(response.statusCode).toBe(403);
    expect(await db().select().from(organisations).where(eq(organisations.kind, 'agency'))).toHaveLength(0);
  });
});

describe('editing an organisation', () => {
  it('saves with the current version, refuses a stale one, and audits before and after', async () => {
    const { client } = await signedInClient(ctx.app, db());
    const created = (await client.post('/api/organisations', organisationBody())).json();
    const saved = await client.patch(`/api/organisations/${created.id}`, {
      version: 1,
      nameEn: 'Vinh Engineering JSC',
      province: 'Ha Tinh',
      taxCode: '3000123456',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, nameEn: 'Vinh Engineering JSC', province: { code: '42' }, taxCode: '3000123456' });

    const stale = await client.patch(`/api/organisations/${created.id}`, { version: 1, nameEn: 'Lost update' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });

    const [audit] = await auditOf(created.id, 'organisation.update');
    expect(audit.before).toMatchObject({ nameEn: null, provinceCode: '40', version: 1 });
    expect(audit.after).toMatchObject({ nameEn: 'Vinh Engineering JSC', provinceCode: '42', version: 2 });
  });

  it('accepts one of two edits made from the same version at the same moment', async () => {
    const { client } = await signedInClient(ctx.app, db());
    const created = (await client.post('/api/organisations', organisationBody())).json();
    const results = await Promise.all(
      ['Bản sửa A', 'Bản sửa B'].map((description) => client.patch(`/api/organisations/${created.id}`, { version: 1, description })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('clears optional fields with null and refuses another organisation’s tax code', async () => {
    const { client } = await signedInClient(ctx.app, db());
    await newOrganisation(db(), { taxCode: '0100000001' });
    const created = (await client.post('/api/organisations', organisationBody({ website: 'https://vinh.example.vn', taxCode: '0100000002' }))).json();
    const cleared = await client.patch(`/api/organisations/${created.id}`, { version: 1, website: null });
    expect(cleared.json()).toMatchObject({ website: null, version: 2 });
    const taken = await client.patch(`/api/organisations/${created.id}`, { version: 2, taxCode: '0100000001' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details.field).toBe('taxCode');
  });

  it('lets agency staff verify an organisation; its own admin may not', async () => {
    const { client: owner } = await signedInClient(ctx.app, db());
    const created = (await owner.post('/api/organisations', organisationBody())).json();
    expect((await owner.post(`/api/organisations/${created.id}/verify`, { verified: true })).statusCode).toBe(403);

    const agency = await newOrganisation(db(), { kind: 'agency', provinceCode: '01' });
    const { client: staff } = await signedInClient(ctx.app, db(), { organisationId: agency.id });
    const verified = await staff.post(`/api/organisations/${created.id}/verify`, { verified: true });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ verified: true, view: 'private', abilities: { canEdit: true, canVerify: true, canManageMembers: false } });
    expect(await auditOf(created.id, 'organisation.verify')).toHaveLength(1);

    // A full form resends the unchanged kind, which agency staff may not set but may leave as it is.
    const ownEdit = await staff.patch(`/api/organisations/${agency.id}`, { version: 1, kind: 'agency', nameEn: 'Agency' });
    expect(ownEdit.statusCode, ownEdit.body).toBe(200);
  });
});

describe('the public directory', () => {
  it('shows public fields only, and finds by legacy province rolled up to its successor', async () => {
    const tag = `Hóa chất ${Date.now()}`;
    const binhDuong = await newOrganisation(db(), { nameVi: `${tag} Bình Dương`, provinceCode: '79', legacyProvinceCode: '74', taxCode: '3700000001' });
    const saigon = await newOrganisation(db(), { nameVi: `${tag} Sài Gòn`, provinceCode: '79' });
    await newOrganisation(db(), { nameVi: `${tag} Hà Nội`, provinceCode: '01' });
    const visitor = new TestClient(ctx.app);

    for (const province of ['Bình Dương', 'binh duong', '74', 'Thành phố Hồ Chí Minh', '79']) {
      const response = await visitor.get(`/api/organisations?q=${encodeURIComponent('hoa chat')}&province=${encodeURIComponent(province)}`);
      expect(response.statusCode, response.body).toBe(200);
      const ids = response.json().items.map((o: { id: string }) => o.id);
      expect(ids.sort(), province).toEqual([binhDuong.id, saigon.id].sort());
    }

    const all = (await visitor.get(`/api/organisations?q=${encodeURIComponent(tag)}`)).json();
    expect(all.total).toBe(3);
    for (const item of all.items) {
      expect(item.view).toBe('public');
      for (const field of ['taxCode', 'email', 'phone', 'address', 'memberCount']) expect(item).not.toHaveProperty(field);
    }
    const detail = (await visitor.get(`/api/organisations/${binhDuong.id}`)).json();
    expect(detail).not.toHaveProperty('taxCode');
    expect(detail.legacyProvince).toEqual({ code: '74', name: 'Bình Dương' });
  });

  it('pages with an opaque cursor and refuses an unknown province', async () => {
    const tag = `Phân trang ${Date.now()}`;
    for (const suffix of ['A', 'B', 'C']) await newOrganisation(db(), { nameVi: `${tag} ${suffix}` });
    const visitor = new TestClient(ctx.app);
    const seen: string[] = [];
    let url = `/api/organisations?limit=2&q=${encodeURIComponent(tag)}`;
    for (;;) {
      const page = (await visitor.get(url)).json();
      expect(page.total).toBe(3);
      seen.push(...page.items.map((o: { nameVi: string }) => o.nameVi));
      if (!page.nextCursor) break;
      url = `/api/organisations?limit=2&q=${encodeURIComponent(tag)}&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual([`${tag} A`, `${tag} B`, `${tag} C`]);

    const unknown = await visitor.get('/api/organisations?province=Atlantis');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toBe('province');
    expect((await visitor.get('/api/organisations?cursor=nonsense')).statusCode).toBe(400);
  });
});
