import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { expectRejected, rowCounts } from '../organisations/support.js';

let ctx: TestContext;
let agency: TestClient;
let dostId: string;
let enterpriseId: string;
const db = () => ctx.database.db;
const long = (n: number) => 'ạ'.repeat(n);

beforeAll(async () => {
  ctx = await createTestApp();
  const agencyOrg = await newOrganisation(db(), { kind: 'agency', provinceCode: '01' });
  agency = (await signedInClient(ctx.app, db(), { organisationId: agencyOrg.id })).client;
  dostId = (await newOrganisation(db(), { kind: 'dost', nameVi: 'Sở Khoa học và Công nghệ Nghệ An', provinceCode: '40' })).id;
  enterpriseId = (await newOrganisation(db(), { kind: 'enterprise' })).id;
});
afterAll(async () => ctx?.close());

const pointBody = (overrides: Record<string, unknown> = {}) => ({
  hostOrganisationId: dostId,
  nameVi: 'Điểm kết nối cung cầu công nghệ Nghệ An',
  provinces: ['Nghệ An', 'ha tinh'],
  ...overrides,
});

describe('connection points', () => {
  it('are opened by agency staff with provinces by name, edited with a version, and listed publicly', async () => {
    const created = await agency.post('/api/connection-points', pointBody({ provinces: ['Nghệ An', 'ha tinh', '40'] }));
    expect(created.statusCode, created.body).toBe(201);
    const point = created.json();
    expect(point).toMatchObject({
      hostOrganisation: { id: dostId, nameVi: 'Sở Khoa học và Công nghệ Nghệ An', kind: 'dost' },
      provinces: [
        { code: '40', name: 'Nghệ An' },
        { code: '42', name: 'Hà Tĩnh' },
      ],
      active: true,
      version: 1,
      abilities: { canEdit: true },
    });

    const edited = await agency.patch(`/api/connection-points/${point.id}`, { version: 1, provinces: ['Quảng Bình'], nameEn: 'Nghe An connection point' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, provinces: [{ code: '44' }], nameEn: 'Nghe An connection point' });
    const stale = await agency.patch(`/api/connection-points/${point.id}`, { version: 1, nameVi: 'Cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const visitor = new TestClient(ctx.app);
    const list = (await visitor.get('/api/connection-points')).json();
    expect(list.items).toContainEqual(expect.objectContaining({ id: point.id, abilities: { canEdit: false } }));
    expect((await visitor.get(`/api/connection-points/${point.id}`)).json().provinces).toEqual([{ code: '44', name: 'Quảng Trị' }]);

    await agency.patch(`/api/connection-points/${point.id}`, { version: 2, active: false });
    expect((await visitor.get(`/api/connection-points/${point.id}`)).statusCode).toBe(404);
    expect((await agency.get(`/api/connection-points/${point.id}`)).json().active).toBe(false);

    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, point.id), eq(auditLog.organisationId, dostId)));
    expect(audit.map((a) => a.action)).toEqual(['connection_point.create', 'connection_point.update', 'connection_point.update']);
  });

  it('gives its host’s staff the provinces it covers', async () => {
    const centre = await newOrganisation(db(), { kind: 'centre', provinceCode: '37' });
    const created = await agency.post('/api/connection-points', pointBody({ hostOrganisationId: centre.id, provinces: ['Nam Định'] }));
    expect(created.json().provinces).toEqual([{ code: '37', name: 'Ninh Bình' }]);
    const { client } = await signedInClient(ctx.app, db(), { organisationId: centre.id });
    expect((await client.get('/api/auth/me')).json().connectionPointProvinces).toEqual(['37']);
  });

  it('may not be opened or edited by anyone else', async () => {
    const point = (await agency.post('/api/connection-points', pointBody())).json();
    const { client: dostStaff } = await signedInClient(ctx.app, db(), { organisationId: dostId, role: 'admin' });
    const before = await rowCounts(db());
    expect((await new TestClient(ctx.app).post('/api/connection-points', pointBody())).statusCode).toBe(401);
    expect((await dostStaff.post('/api/connection-points', pointBody())).statusCode).toBe(403);
    expect((await dostStaff.patch(`/api/connection-points/${point.id}`, { version: 1, provinces: ['Hà Nội'] })).statusCode).toBe(403);
    expect(await rowCounts(db())).toEqual(before);
  });
});

describe('bad input to every connection point write', () => {
  it('POST /api/connection-points and PATCH /api/connection-points/{id}', async () => {
    const point = (await agency.post('/api/connection-points', pointBody())).json();
    const cases: Array<[method: 'POST' | 'PATCH', url: string, body: unknown, path?: string]> = [
      ['POST', '/api/connection-points', '{"nameVi": '],
      ['POST', '/api/connection-points', pointBody({ hostOrganisationId: undefined }), 'hostOrganisationId'],
      ['POST', '/api/connection-points', pointBody({ hostOrganisationId: 'abc' }), 'hostOrganisationId'],
      ['POST', '/api/connection-points', pointBody({ hostOrganisationId: enterpriseId }), 'hostOrganisationId'],
      ['POST', '/api/connection-points', pointBody({ hostOrganisationId: '00000000-0000-4000-8000-000000000000' }), 'hostOrganisationId'],
      ['POST', '/api/connection-points', pointBody({ nameVi: undefined }), 'nameVi'],
      ['POST', '/api/connection-points', pointBody({ nameVi: long(301) }), 'nameVi'],
      ['POST', '/api/connection-points', pointBody({ nameVi: 42 }), 'nameVi'],
      ['POST', '/api/connection-points', pointBody({ provinces: [] }), 'provinces'],
      ['POST', '/api/connection-points', pointBody({ provinces: 'Nghệ An' }), 'provinces'],
      ['POST', '/api/connection-points', pointBody({ provinces: ['Atlantis'] }), 'provinces.0'],
      ['POST', '/api/connection-points', pointBody({ active: 'yes' }), 'active'],
      ['PATCH', `/api/connection-points/${point.id}`, '{"version": '],
      ['PATCH', `/api/connection-points/${point.id}`, { nameVi: 'Không có phiên bản' }, 'version'],
      ['PATCH', `/api/connection-points/${point.id}`, { version: '1' }, 'version'],
      ['PATCH', `/api/connection-points/${point.id}`, { version: 1, provinces: ['Nghệ An', 'Atlantis'] }, 'provinces.1'],
      ['PATCH', `/api/connection-points/${point.id}`, { version: 1, hostOrganisationId: enterpriseId }, 'hostOrganisationId'],
      ['PATCH', `/api/connection-points/${point.id}`, { version: 1, nameEn: long(301) }, 'nameEn'],
      ['PATCH', '/api/connection-points/not-a-uuid', { version: 1 }, 'params.id'],
    ];
    const before = await rowCounts(db());
    for (const [method, url, body, path] of cases) expectRejected(await agency.request(method, url, body), path);
    expect(await rowCounts(db())).toEqual(before);
  });
});
