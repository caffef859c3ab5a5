import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../src/db/schema/index.js';
import { signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('my profile', () => {
  it('needs a session', async () => {
    const visitor = new TestClient(ctx.app);
    expect((await visitor.get('/api/me/profile')).statusCode).toBe(401);
    expect((await visitor.patch('/api/me/profile', { name: 'A' })).statusCode).toBe(401);
  });

  it('shows the signed-in user only their own profile', async () => {
    const { client, user } = await signedInClient(ctx.app, ctx.database.db);
    const response = await client.get('/api/me/profile');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, email: user.email, phone: null, title: null, locale: 'vi', role: 'user' });
  });

  it('saves name, phone, title and language in NFC, clears with an empty string, and audits it', async () => {
    const { client, user } = await signedInClient(ctx.app, ctx.database.db);
    const decomposed = 'Trần Thị Hồng'.normalize('NFD');
    const response = await client.patch('/api/me/profile', { name: ` ${decomposed} `, phone: '+84 912 345 678', title: 'Giám đốc', locale: 'en' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Trần Thị Hồng'.normalize('NFC'), phone: '+84 912 345 678', title: 'Giám đốc', locale: 'en' });

    const cleared = await client.patch('/api/me/profile', { title: '' });
    expect(cleared.json()).toMatchObject({ title: null, phone: '+84 912 345 678' });

    const entries = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(entries.filter((e) => e.action === 'user.profile-update')).toHaveLength(2);
  });

  it('answers bad input with the field at fault and writes nothing', async () => {
    const { client, user } = await signedInClient(ctx.app, ctx.database.db, { language: 'en' });
    const cases: Array<[unknown, string]> = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ phone: 'call me' }, 'phone'],
      [{ phone: '0'.repeat(21) }, 'phone'],
      [{ title: 5 }, 'title'],
      [{ locale: 'fr' }, 'locale'],
      [{ email: 'new@example.vn' }, ''],
      [{ role: 'admin' }, ''],
    ];
    for (const [body, path] of cases) {
      const response = await client.patch('/api/me/profile', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
    expect((await client.patch('/api/me/profile', '{"name"')).statusCode).toBe(400);
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ name: user.name, phone: null, role: 'user', locale: 'vi' });
  });
});
