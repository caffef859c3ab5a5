import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, users } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

async function latestMailTo(email: string) {
  const [mail] = await ctx.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  return mail;
}

function linkIn(text: string): string {
  const url = new URL(text.match(/https?:\/\/\S+/)![0]);
  return url.pathname + url.search;
}

describe('registration and sign-in', () => {
  it('registers, refuses sign-in until the email is verified from the outbox link, then signs in and out', async () => {
    const client = new TestClient(ctx.app);
    const email = 'nguyen.van.a@example.vn';
    const signUp = await client.post('/api/auth/sign-up', { name: 'Nguyễn Văn A', email, password: 'Hoa-Sen-Trang-26' });
    expect(signUp.statusCode).toBe(201);

    const early = await client.post('/api/auth/sign-in', { email, password: 'Hoa-Sen-Trang-26' });
    expect(early.statusCode).toBe(403);
    expect(early.json().error.code).toBe('EMAIL_NOT_VERIFIED');

    const mail = await latestMailTo(email);
    expect(mail.kind).toBe('verify-email');
    const verify = await client.get(linkIn(mail.text));
    expect(verify.statusCode).toBe(302);

    const fresh = new TestClient(ctx.app);
    await fresh.signIn(email, 'Hoa-Sen-Trang-26');
    const me = await fresh.get('/api/auth/me');
    expect(me.json().user).toMatchObject({ email, name: 'Nguyễn Văn A', emailVerified: true });

    expect((await fresh.post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await fresh.get('/api/auth/me')).json().user).toBeNull();

    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'user.register'));
    expect(audit.some((a) => a.actorEmail === email)).toBe(true);
  });

  it('answers a verification link without callbackURL: a redirect to the verified page, or an error for a bad token', async () => {
    const client = new TestClient(ctx.app);
    const email = 'khong.callback@example.vn';
    expect((await client.post('/api/auth/sign-up', { name: 'Trần Thị B', email, password: 'Hoa-Sen-Trang-26' })).statusCode).toBe(201);
    const link = new URL(linkIn((await latestMailTo(email)).text), 'http://localhost');
    link.searchParams.delete('callbackURL');
    const verify = await client.get(link.pathname + link.search);
    expect(verify.statusCode).toBe(302);
    expect(verify.headers.location).toBe('/verified');
    const [user] = await ctx.database.db.select().from(users).where(eq(users.email, email));
    expect(user.emailVerified).toBe(true);

    const bad = await client.get('/api/auth/verify-email?token=not-a-token');
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect(bad.json().error.code).toBeTruthy();
  });

  it('does not reveal that an email is registered, and tells its owner instead', async () => {
    const client = new TestClient(ctx.app, 'en');
    await client.post('/api/auth/sign-up', { name: 'A', email: 'dup@example.vn', password: 'Lua-Nuoc-2026' });
    const duplicate = await client.post('/api/auth/sign-up', { name: 'B', email: 'dup@example.vn', password: 'Mua-Xuan-2026' });
    expect(duplicate.statusCode).toBe(201);
    expect((await latestMailTo('dup@example.vn')).kind).toBe('existing-account');
  });

  it('answers a short password and a bad email with the field at fault', async () => {
    const client = new TestClient(ctx.app, 'en');

    const short = await client.post('/api/auth/sign-up', { name: 'A', email: 'short@example.vn', password: '123' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields).toEqual([expect.objectContaining({ path: 'password', message: 'Must be at least 10 characters.' })]);

    const badEmail = await client.post('/api/auth/sign-up', { name: 'A', email: 'not-an-email', password: 'Lua-Nuoc-2026' });
    expect(badEmail.json().error.details.fields[0].path).toBe('email');
  });

  it('gives Vietnamese messages by default and English when asked', async () => {
    const vi = await new TestClient(ctx.app, 'vi').post('/api/auth/sign-in', { email: 'nobody@example.vn', password: 'whatever1' });
    expect(vi.statusCode).toBe(401);
    expect(vi.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' });
    const en = await new TestClient(ctx.app, 'en').post('/api/auth/sign-in', { email: 'nobody@example.vn', password: 'whatever1' });
    expect(en.json().error.message).toBe('Wrong email or password.');
  });

  it('rate-limits repeated failed sign-ins with a clear message', async () => {
    const client = new TestClient(ctx.app, 'en');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await client.post('/api/auth/sign-in', { email: 'victim@example.vn', password: `guess-${i}-xx` })).statusCode);
    }
    expect(statuses).toContain(429);
    const limited = await client.post('/api/auth/sign-in', { email: 'victim@example.vn', password: 'again-xxx' });
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toMatch(/Too many attempts/);
  });

  it('resets a password with the token from the outbox', async () => {
    const client = new TestClient(ctx.app);
    const email = 'reset@example.vn';
    await client.post('/api/auth/sign-up', { name: 'Trần Thị B', email, password: 'OldPass@2026' });
    await client.get(linkIn((await latestMailTo(email)).text));
    expect((await client.post('/api/auth/request-password-reset', { email })).statusCode).toBe(200);
    const mail = await latestMailTo(email);
    expect(mail.kind).toBe('reset-password');
    const redirect = await client.get(linkIn(mail.text));
    const token = new URL(redirect.headers.location as string, 'http://x').searchParams.get('token');
    expect(token).toBeTruthy();
    expect((await client.post('/api/auth/reset-password', { token, newPassword: 'NewPass@2026' })).statusCode).toBe(200);
    await new TestClient(ctx.app).signIn(email, 'NewPass@2026');
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const client = new TestClient(ctx.app);
    await client.signIn('admin@test.local', 'Admin@12345');
    const response = await client.request('POST', '/api/auth/sign-out', {}, { headers: { 'x-csrf-token': 'forged' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_FAILED');
  });

  it('tells a disabled account that it is disabled instead of signing it in', async () => {
    const email = 'locked@example.vn';
    const client = new TestClient(ctx.app, 'en');
    await client.post('/api/auth/sign-up', { name: 'Lê Văn C', email, password: 'Khoa-Cua-Lai-26' });
    await client.get(linkIn((await latestMailTo(email)).text));
    await ctx.database.db.update(users).set({ disabled: true }).where(eq(users.email, email));
    const response = await new TestClient(ctx.app, 'en').post('/api/auth/sign-in', { email, password: 'Khoa-Cua-Lai-26' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'ACCOUNT_DISABLED', message: expect.stringContaining('disabled') });
    expect(response.cookies.find((c) => c.name.includes('session_token') && c.value)).toBeUndefined();
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await new TestClient(ctx.app).request('POST', '/api/auth/sign-in', '{"email": ');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_REQUEST');
  });
});
