import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, newConnectionPoint, newOrganisation, newUser, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { rowCounts } from './support.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const db = () => ctx.database.db;
const privateFields = ['taxCode', 'email', 'phone', 'address', 'memberCount'];

async function twoOrganisations() {
  const a = await newOrganisation(db(), { taxCode: null });
  const b = await newOrganisation(db(), {
    provinceCode: '01',
    taxCode: `01${Date.now().toString().slice(-8)}`,
    email: 'b@example.vn',
    phone: '024 3825 0000',
    address: '1 Tràng Tiền',
  });
  await addMember(db(), b.id, (await newUser(db())).id, 'admin');
  return { a, b };
}

describe('a member of organisation A looking at organisation B', () => {
  it('sees only B’s public fields and cannot read its members, edit, verify or invite', async () => {
    const { a, b } = await twoOrganisations();
    const { client } = await signedInClient(ctx.app, db(), { organisationId: a.id, role: 'admin' });
    const before = await rowCounts(db());

    const detail = await client.get(`/api/organisations/${b.id}`);
    expect(detail.json()).toMatchObject({ view: 'public', abilities: { canEdit: false, canManageMembers: false, canVerify: false } });
    for (const field of privateFields) expect(detail.json()).not.toHaveProperty(field);

    expect((await client.get(`/api/organisations/${b.id}/members`)).statusCode).toBe(404);
    expect((await client.get(`/api/organisations/${b.id}/invitations`)).statusCode).toBe(404);
    expect((await client.patch(`/api/organisations/${b.id}`, { version: 1, nameVi: 'Chiếm quyền' })).statusCode).toBe(403);
    expect((await client.post(`/api/organisations/${b.id}/verify`, { verified: true })).statusCode).toBe(403);
    expect((await client.post(`/api/organisations/${b.id}/invitations`, { email: 'spy@example.vn', role: 'admin' })).statusCode).toBe(404);
    expect((await client.patch(`/api/organisations/${b.id}/members/some-user`, { role: 'admin' })).statusCode).toBe(404);
    expect(await rowCounts(db())).toEqual(before);

    const own = (await client.get(`/api/organisations/${a.id}`)).json();
    expect(own).toMatchObject({ view: 'private', abilities: { canEdit: true, canManageMembers: true } });
  });

  it('as a plain member of A may read A’s members but not manage them or edit A', async () => {
    const { a } = await twoOrganisations();
    const { client } = await signedInClient(ctx.app, db(), { organisationId: a.id, role: 'member' });
    expect((await client.get(`/api/organisations/${a.id}`)).json()).toMatchObject({ view: 'private', abilities: { canEdit: false, canManageMembers: false } });
    expect((await client.get(`/api/organisations/${a.id}/members`)).statusCode).toBe(200);
    expect((await client.patch(`/api/organisations/${a.id}`, { version: 1, nameVi: 'Đổi tên' })).statusCode).toBe(403);
    expect((await client.post(`/api/organisations/${a.id}/invitations`, { email: 'x@example.vn', role: 'member' })).statusCode).toBe(403);
  });

  it('as a visitor sees the public shape and gets 401 for members', async () => {
    const { b } = await twoOrganisations();
    const visitor = new TestClient(ctx.app);
    const detail = (await visitor.get(`/api/organisations/${b.id}`)).json();
    for (const field of privateFields) expect(detail).not.toHaveProperty(field);
    expect((await visitor.get(`/api/organisations/${b.id}/members`)).statusCode).toBe(401);
    expect((await visitor.get('/api/organisations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('connection-point staff', () => {
  it('covering province 40 see, edit and verify an organisation there, and get 403 for one in 01', async () => {
    const host = await newOrganisation(db(), { kind: 'dost', provinceCode: '40' });
    await newConnectionPoint(db(), host.id, ['40']);
    const { client } = await signedInClient(ctx.app, db(), { organisationId: host.id });
    const inside = await newOrganisation(db(), { provinceCode: '40', taxCode: '2901111111', email: 'vinh@example.vn' });
    const outside = await newOrganisation(db(), { provinceCode: '01', taxCode: '0102222222' });

    const seen = (await client.get(`/api/organisations/${inside.id}`)).json();
    expect(seen).toMatchObject({ view: 'private', taxCode: '2901111111', abilities: { canEdit: true, canVerify: true, canManageMembers: false } });
    const edited = await client.patch(`/api/organisations/${inside.id}`, { version: 1, phone: '0238 3844 000' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await client.post(`/api/organisations/${inside.id}/verify`, { verified: true })).json().verified).toBe(true);
    expect((await client.get(`/api/organisations/${inside.id}/members`)).statusCode).toBe(404);

    const before = await rowCounts(db());
    const far = (await client.get(`/api/organisations/${outside.id}`)).json();
    expect(far.view).toBe('public');
    expect(far).not.toHaveProperty('taxCode');
    const refusedEdit = await client.patch(`/api/organisations/${outside.id}`, { version: 1, phone: '024 0000 0000' });
    expect(refusedEdit.statusCode).toBe(403);
    expect(refusedEdit.json().error.code).toBe('FORBIDDEN');
    expect((await client.post(`/api/organisations/${outside.id}/verify`, { verified: true })).statusCode).toBe(403);
    expect(await rowCounts(db())).toEqual(before);
  });

  it('cannot change an organisation’s kind; the platform admin can, and sees private fields everywhere', async () => {
    const host = await newOrganisation(db(), { kind: 'centre', provinceCode: '40' });
    await newConnectionPoint(db(), host.id, ['40']);
    const { client } = await signedInClient(ctx.app, db(), { organisationId: host.id });
    const target = await newOrganisation(db(), { provinceCode: '40' });
    const refused = await client.patch(`/api/organisations/${target.id}`, { version: 1, kind: 'rep-office' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.details.reason).toBe('privileged_field');

    const admin = await new TestClient(ctx.app).signIn('admin@test.local', 'Admin@12345');
    expect((await admin.get(`/api/organisations/${target.id}`)).json().view).toBe('private');
    expect((await admin.get(`/api/organisations/${target.id}/members`)).statusCode).toBe(200);
    const changed = await admin.patch(`/api/organisations/${target.id}`, { version: 1, kind: 'institute' });
    expect(changed.json()).toMatchObject({ kind: 'institute', version: 2 });
  });
});
