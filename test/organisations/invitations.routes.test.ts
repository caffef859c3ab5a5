import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, invitations, mailOutbox } from '../../src/db/schema/index.js';
import { newOrganisation, newUser, signedInClient, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const db = () => ctx.database.db;

async function tokenMailedTo(email: string) {
  const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  expect(mail.kind).toBe('invitation');
  const match = mail.text.match(/http:\/\/localhost:3000\/invitations\/([A-Za-z0-9_-]+)/);
  expect(match).not.toBeNull();
  return match![1];
}

async function invitationSetup() {
  const organisation = await newOrganisation(db(), { nameVi: 'Viện Công nghệ Hóa học' });
  const admin = await signedInClient(ctx.app, db(), { organisationId: organisation.id, role: 'admin' });
  const invitee = await newUser(db());
  return { organisation, admin, invitee };
}

describe('invitations', () => {
  it('mails a link that shows the invitation and, accepted by the invitee, makes them a member', async () => {
    const { organisation, admin, invitee } = await invitationSetup();
    const sent = await admin.client.post(`/api/organisations/${organisation.id}/invitations`, { email: invitee.email.toUpperCase(), role: 'admin' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ email: invitee.email, role: 'admin', status: 'pending' });
    expect(sent.json()).not.toHaveProperty('token');
    const token = await tokenMailedTo(invitee.email);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const [stored] = await db().select().from(invitations).where(eq(invitations.id, sent.json().id));
    expect(stored.token).not.toBe(token);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(14);

    const preview = await new TestClient(ctx.app).get(`/api/invitations/${token}`);
    expect(preview.json()).toEqual({
      organisationId: organisation.id,
      organisationName: 'Viện Công nghệ Hóa học',
      email: invitee.email,
      role: 'admin',
      expired: false,
      accepted: false,
      revoked: false,
    });

    expect((await new TestClient(ctx.app).post(`/api/invitations/${token}/accept`)).statusCode).toBe(401);
    const stranger = await signedInClient(ctx.app, db());
    const mismatch = await stranger.client.post(`/api/invitations/${token}/accept`);
    expect(mismatch.statusCode).toBe(403);
    expect(mismatch.json().error.details.reason).toBe('email_mismatch');

    const client = await new TestClient(ctx.app).signIn(invitee.email, TEST_PASSWORD);
    const accepted = await client.post(`/api/invitations/${token}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ organisationId: organisation.id, userId: invitee.id, role: 'admin', status: 'active' });
    expect((await client.get(`/api/organisations/${organisation.id}`)).json().abilities.canManageMembers).toBe(true);

    const again = await client.post(`/api/invitations/${token}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.reason).toBe('accepted');
    const actions = (await db().select().from(auditLog).where(eq(auditLog.organisationId, organisation.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['invitation.create', 'invitation.accept', 'membership.join']));
  });

  it('refuses a duplicate invitation and one to a member; a revoked or expired link no longer works', async () => {
    const { organisation, admin, invitee } = await invitationSetup();
    const base = `/api/organisations/${organisation.id}/invitations`;
    const first = (await admin.client.post(base, { email: invitee.email, role: 'member' })).json();
    const token = await tokenMailedTo(invitee.email);
    expect((await admin.client.post(base, { email: invitee.email, role: 'member' })).json().error.details.reason).toBe('already_invited');
    expect((await admin.client.post(base, { email: admin.user.email, role: 'member' })).json().error.details.reason).toBe('already_member');

    expect((await admin.client.delete(`${base}/${first.id}`)).statusCode).toBe(204);
    expect((await admin.client.get(base)).json().items[0]).toMatchObject({ id: first.id, status: 'revoked' });
    expect((await new TestClient(ctx.app).get(`/api/invitations/${token}`)).json().revoked).toBe(true);
    const client = await new TestClient(ctx.app).signIn(invitee.email, TEST_PASSWORD);
    const revoked = await client.post(`/api/invitations/${token}/accept`);
    expect(revoked.statusCode).toBe(409);
    expect(revoked.json().error.details.reason).toBe('revoked');

    const second = (await admin.client.post(base, { email: invitee.email, role: 'member' })).json();
    const secondToken = await tokenMailedTo(invitee.email);
    await db()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, second.id));
    const expired = await client.post(`/api/invitations/${secondToken}/accept`);
    expect(expired.json().error).toMatchObject({ code: 'CONFLICT', details: { reason: 'expired' } });
    expect((await new TestClient(ctx.app).get('/api/invitations/unknown-token-unknown-token')).statusCode).toBe(404);
    const revokes = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, organisation.id), eq(auditLog.action, 'invitation.revoke')));
    expect(revokes).toHaveLength(1);
  });
});
