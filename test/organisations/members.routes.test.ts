import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const db = () => ctx.database.db;

async function organisationWithAdmin() {
  const organisation = await newOrganisation(db());
  const admin = await signedInClient(ctx.app, db(), { organisationId: organisation.id, role: 'admin' });
  return { organisation, admin };
}

describe('join requests', () => {
  it('asks to join, shows the request to admins only, and becomes a member when approved', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const member = await signedInClient(ctx.app, db(), { organisationId: organisation.id });
    const { client: applicant, user } = await signedInClient(ctx.app, db());

    expect((await new TestClient(ctx.app).post(`/api/organisations/${organisation.id}/join-requests`, {})).statusCode).toBe(401);
    const asked = await applicant.post(`/api/organisations/${organisation.id}/join-requests`, { message: 'Tôi là kỹ sư của công ty.' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'pending', role: 'member', userId: user.id });
    const again = await applicant.post(`/api/organisations/${organisation.id}/join-requests`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.reason).toBe('already_requested');

    expect((await applicant.get('/api/me/organisations')).json().items[0]).toMatchObject({ status: 'pending', organisation: { id: organisation.id } });
    expect((await applicant.get(`/api/organisations/${organisation.id}`)).json()).toMatchObject({ view: 'public', viewerMembership: { status: 'pending' } });

    const seenByMember = (await member.client.get(`/api/organisations/${organisation.id}/members`)).json();
    expect(seenByMember.items.map((m: { userId: string }) => m.userId)).not.toContain(user.id);
    expect(seenByMember.canManage).toBe(false);
    const seenByAdmin = (await admin.client.get(`/api/organisations/${organisation.id}/members`)).json();
    expect(seenByAdmin.items).toContainEqual(expect.objectContaining({ userId: user.id, status: 'pending', message: 'Tôi là kỹ sư của công ty.' }));

    expect((await member.client.patch(`/api/organisations/${organisation.id}/members/${user.id}`, { status: 'active' })).statusCode).toBe(403);
    const approved = await admin.client.patch(`/api/organisations/${organisation.id}/members/${user.id}`, { status: 'active' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'active', decidedAt: expect.any(String) });

    const detail = (await applicant.get(`/api/organisations/${organisation.id}`)).json();
    expect(detail).toMatchObject({ view: 'private', viewerMembership: { status: 'active', role: 'member' } });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, organisation.id), eq(auditLog.action, 'membership.update')));
    expect(audit[0].before).toMatchObject({ status: 'pending' });
    expect(audit[0].after).toMatchObject({ status: 'active', decidedBy: admin.user.id });
  });

  it('lets a rejected person ask again, and a member leave', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const { client: applicant, user } = await signedInClient(ctx.app, db());
    await applicant.post(`/api/organisations/${organisation.id}/join-requests`, {});
    const rejected = await admin.client.patch(`/api/organisations/${organisation.id}/members/${user.id}`, { status: 'rejected' });
    expect(rejected.json().status).toBe('rejected');
    expect((await applicant.post(`/api/organisations/${organisation.id}/join-requests`, {})).statusCode).toBe(201);
    await admin.client.patch(`/api/organisations/${organisation.id}/members/${user.id}`, { status: 'active' });
    const invalid = await admin.client.patch(`/api/organisations/${organisation.id}/members/${user.id}`, { status: 'rejected' });
    expect(invalid.statusCode).toBe(409);
    expect(invalid.json().error.code).toBe('INVALID_TRANSITION');

    expect((await applicant.delete(`/api/organisations/${organisation.id}/members/${user.id}`)).statusCode).toBe(204);
    expect((await applicant.get('/api/me/organisations')).json().items).toEqual([]);
    expect((await applicant.get(`/api/organisations/${organisation.id}/members`)).statusCode).toBe(404);
  });
});

describe('last admin protection', () => {
  it('refuses demoting or removing the only admin, and allows it once another admin exists', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const path = `/api/organisations/${organisation.id}/members/${admin.user.id}`;
    const demote = await admin.client.patch(path, { role: 'member' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toMatchObject({ code: 'CONFLICT', details: { reason: 'last_admin' } });
    const leave = await admin.client.delete(path);
    expect(leave.statusCode).toBe(409);
    expect(leave.json().error.details.reason).toBe('last_admin');

    const other = await signedInClient(ctx.app, db(), { organisationId: organisation.id });
    const promoted = await admin.client.patch(`/api/organisations/${organisation.id}/members/${other.user.id}`, { role: 'admin' });
    expect(promoted.json().role).toBe('admin');
    expect((await admin.client.patch(path, { role: 'member' })).statusCode).toBe(200);
    const members = (await other.client.get(`/api/organisations/${organisation.id}/members`)).json().items;
    expect(members.filter((m: { role: string }) => m.role === 'admin').map((m: { userId: string }) => m.userId)).toEqual([other.user.id]);
  });

  it('keeps an admin when two admins demote each other at the same moment', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const other = await signedInClient(ctx.app, db(), { organisationId: organisation.id, role: 'admin' });
    const base = `/api/organisations/${organisation.id}/members`;
    const results = await Promise.all([
      admin.client.patch(`${base}/${other.user.id}`, { role: 'member' }),
      other.client.patch(`${base}/${admin.user.id}`, { role: 'member' }),
    ]);
    // The loser is refused either as no longer an admin (403) or by the last-admin rule (409), depending on timing.
    const [won, lost] = results.map((r) => r.statusCode).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    const admins = (await admin.client.get(base)).json().items.filter((m: { role: string }) => m.role === 'admin');
    expect(admins).toHaveLength(1);
  });

  it('lets an admin remove a member, answering 404 for someone who is not one', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const member = await signedInClient(ctx.app, db(), { organisationId: organisation.id });
    const outsider = await signedInClient(ctx.app, db());
    expect((await admin.client.delete(`/api/organisations/${organisation.id}/members/${outsider.user.id}`)).statusCode).toBe(404);
    expect((await admin.client.delete(`/api/organisations/${organisation.id}/members/${member.user.id}`)).statusCode).toBe(204);
    const removed = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, organisation.id), eq(auditLog.action, 'membership.remove')));
    expect(removed).toHaveLength(1);
  });
});
