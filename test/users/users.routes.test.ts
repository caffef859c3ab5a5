import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../src/db/schema/index.js';
import { addMember, agencyClient, newOrganisation, newUser, signedInClient, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let admin: TestClient;
let adminId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  const signedIn = await signedInClient(ctx.app, ctx.database.db, { platformRole: 'admin', language: 'en' });
  admin = signedIn.client;
  adminId = signedIn.user.id;
});
afterAll(async () => ctx?.close());

describe('listing users', () => {
  it('is for platform admins only', async () => {
    expect((await new TestClient(ctx.app).get('/api/users')).statusCode).toBe(401);
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    expect((await client.get('/api/users')).statusCode).toBe(403);
    const { client: agency } = await agencyClient(ctx.app, ctx.database.db);
    expect((await agency.get('/api/users')).statusCode).toBe(403);
  });

  it('finds users by name without diacritics, with their organisations', async () => {
    const user = await newUser(ctx.database.db, { name: 'Phạm Đức Thắng' });
    const org = await newOrganisation(ctx.database.db, { nameVi: 'Công ty Đông Á' });
    await addMember(ctx.database.db, org.id, user.id, 'admin');
    const response = await admin.get(`/api/users?q=${encodeURIComponent('duc thang')}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      total: 1,
      nextCursor: null,
      items: [
        expect.objectContaining({
          id: user.id,
          role: 'user',
          disabled: false,
          organisations: [{ id: org.id, name: 'Công ty Đông Á', role: 'admin', status: 'active' }],
        }),
      ],
    });
  });

  it('pages through everyone by cursor without repeats', async () => {
    for (let i = 0; i < 5; i++) await newUser(ctx.database.db);
    const seen: string[] = [];
    let cursor: string | null = null;
    let total: number;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null; total: number } = (
        await admin.get(`/api/users?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json();
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
      total = page.total;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a bad page size', async () => {
    for (const limit of ['0', '101', 'many']) {
      const response = await admin.get(`/api/users?limit=${limit}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe('querystring.limit');
    }
  });
});

describe('changing a user', () => {
  it('is for platform admins only; 404 for an unknown user', async () => {
    const target = await newUser(ctx.database.db);
    expect((await new TestClient(ctx.app).patch(`/api/users/${target.id}`, { role: 'admin' })).statusCode).toBe(401);
    const { client } = await agencyClient(ctx.app, ctx.database.db);
    expect((await client.patch(`/api/users/${target.id}`, { role: 'admin' })).statusCode).toBe(403);
    expect((await admin.patch('/api/users/nobody', { role: 'admin' })).statusCode).toBe(404);
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, target.id));
    expect(row.role).toBe('user');
  });

  it('promotes a user, audited with before and after', async () => {
    const target = await newUser(ctx.database.db);
    const response = await admin.patch(`/api/users/${target.id}`, { role: 'admin' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: target.id, role: 'admin' });
    const [entry] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, target.id));
    expect(entry).toMatchObject({ action: 'user.update', actorId: adminId, before: { role: 'user' }, after: { role: 'admin' } });
  });

  it('disables a user, who is signed out at once and cannot act', async () => {
    const { client, user } = await signedInClient(ctx.app, ctx.database.db);
    expect((await client.get('/api/me/profile')).statusCode).toBe(200);
    const response = await admin.patch(`/api/users/${user.id}`, { disabled: true });
    expect(response.json()).toMatchObject({ disabled: true });
    expect(await ctx.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect((await client.get('/api/me/profile')).statusCode).toBe(401);
    // Signing in again yields a session that resolves to no actor, so the account still cannot act.
    const again = new TestClient(ctx.app);
    await again.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect((await again.get('/api/me/profile')).statusCode).toBe(401);
  });

  it('does not let an admin disable or demote themself', async () => {
    for (const [body, reason] of [
      [{ disabled: true }, 'cannot_disable_self'],
      [{ role: 'user' }, 'cannot_demote_self'],
    ] as const) {
      const response = await admin.patch(`/api/users/${adminId}`, body);
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'CONFLICT', details: { reason } });
    }
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, adminId));
    expect(row).toMatchObject({ role: 'admin', disabled: false });
  });

  it('answers bad input with the field at fault', async () => {
    const target = await newUser(ctx.database.db);
    for (const [body, path] of [
      [{ role: 'owner' }, 'role'],
      [{ disabled: 'yes' }, 'disabled'],
      [{ name: 'X' }, ''],
    ] as const) {
      const response = await admin.patch(`/api/users/${target.id}`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
    expect((await admin.patch(`/api/users/${target.id}`, '{')).statusCode).toBe(400);
    expect(await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, target.id))).toEqual([]);
  });
});
