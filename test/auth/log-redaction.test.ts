import { makeSignature } from 'better-auth/crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema/index.js';
import { newUser, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

const lines: string[] = [];
let ctx: TestContext;
beforeAll(async () => {
  // Every request logged, so that URLs and failures all reach the log.
  ctx = await createTestApp({ requestLog: 'all', logLevel: 'debug' }, { logStream: { write: (line) => void lines.push(line) } });
});
afterAll(async () => {
  await ctx?.app.close();
  await ctx?.database.close().catch(() => undefined);
});

describe('logs', () => {
  it('never contain passwords, session tokens, cookies or reset tokens, even when the session lookup fails', async () => {
    const user = await newUser(ctx.database.db);
    const secrets: string[] = [TEST_PASSWORD];

    // Sign-in: a wrong password, then the right one; the session cookie is the secret to keep out.
    const client = new TestClient(ctx.app, 'en');
    await client.post('/api/auth/sign-in', { email: user.email, password: 'Sai-Mat-Khau-2026' });
    secrets.push('Sai-Mat-Khau-2026');
    const signIn = await client.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    const cookie = signIn.cookies.find((c) => c.name.includes('session_token'))!;
    secrets.push(cookie.value, decodeURIComponent(cookie.value).split('.')[0]);

    // Password reset: the token travels in a URL path and in a body.
    await new TestClient(ctx.app).post('/api/auth/request-password-reset', { email: user.email });
    const [mail] = await ctx.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
    const link = new URL(mail.text.match(/https?:\/\/\S+/)![0]);
    const resetToken = link.pathname.split('/').pop()!;
    secrets.push(resetToken);
    await client.get(link.pathname + link.search);
    await client.post('/api/auth/reset-password', { token: `${resetToken}-wrong`, newPassword: 'Mat-Khau-Moi-Rat-Dai' });
    await client.post('/api/auth/reset-password', { token: resetToken, newPassword: 'Mat-Khau-Moi-Rat-Dai' });
    secrets.push('Mat-Khau-Moi-Rat-Dai');

    // A database failure while a session is looked up: the token is among the failed query's parameters.
    const auth = await ctx.app.ctx.auth.$context;
    const { token } = await auth.internalAdapter.createSession(user.id);
    const signed = `${token}.${await makeSignature(token, auth.secret)}`;
    secrets.push(token, signed, encodeURIComponent(signed));
    const me = () =>
      ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${auth.authCookies.sessionToken.name}=${encodeURIComponent(signed)}` } });
    expect((await me()).json().user.email).toBe(user.email);
    await ctx.database.close();
    expect((await me()).statusCode).toBeGreaterThanOrEqual(500);

    const log = lines.join('');
    // The run was logged: its requests and the failure.
    expect(log).toContain('/api/auth/reset-password');
    expect(lines.some((line) => JSON.parse(line).level >= 50)).toBe(true);
    for (const secret of secrets) expect(log, `a log line contains ${secret}`).not.toContain(secret);
  });
});
