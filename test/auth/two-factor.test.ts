import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { loadConfig } from '../../src/server/config.js';
import { agencyClient, newUser, signedInClient, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { totp } from '../support/totp.js';

/** A six-digit code the app does not show now, nor one step before or after (the server accepts those). */
const wrongCode = (key: string) =>
  [0, 1, 2, 3].map((n) => String(n).repeat(6)).find((code) => ![-1, 0, 1].some((step) => totp(key, Date.now() + step * 30_000) === code))!;

async function enrol(client: TestClient) {
  const enabled = await client.post('/api/auth/two-factor/enable', { password: TEST_PASSWORD });
  expect(enabled.statusCode).toBe(200);
  const setup = enabled.json() as { totpUri: string; secret: string; backupCodes: string[] };
  expect(setup.totpUri).toMatch(/^otpauth:\/\/totp\/TechBridge:/);
  const confirmed = await client.post('/api/auth/two-factor/confirm', { code: totp(setup.secret) });
  expect(confirmed.statusCode).toBe(200);
  return setup;
}

describe('two-step verification', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ requireAdminTwoFactor: false });
  });
  afterAll(async () => ctx?.close());

  it('lets staff turn it on with a code from the app, then asks every sign-in for a code, refusing a wrong one', async () => {
    const { client, user } = await agencyClient(ctx.app, ctx.database.db, 'en');
    expect((await client.get('/api/auth/me')).json().twoFactor).toEqual({ available: true, enabled: false, mandatory: false, enrolmentRequired: false });

    // A wrong password does not even start enrolment; a wrong first code does not finish it.
    expect((await client.post('/api/auth/two-factor/enable', { password: 'Sai-mat-khau-1' })).json().error.code).toBe('INVALID_CREDENTIALS');
    const pending = (await client.post('/api/auth/two-factor/enable', { password: TEST_PASSWORD })).json() as { secret: string };
    const refused = await client.post('/api/auth/two-factor/confirm', { code: wrongCode(pending.secret) });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toMatchObject({ code: 'INVALID_TWO_FACTOR_CODE', message: 'Wrong verification code.' });
    expect((await client.get('/api/auth/me')).json().twoFactor.enabled).toBe(false);

    const { secret, backupCodes } = await enrol(client);
    expect(backupCodes.length).toBeGreaterThanOrEqual(8);
    expect((await client.get('/api/auth/me')).json().twoFactor.enabled).toBe(true);
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'user.two-factor-enable')));
    expect(audit).toHaveLength(1);

    const browser = new TestClient(ctx.app, 'en');
    const signIn = await browser.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(signIn.json()).toEqual({ ok: true, twoFactorRequired: true });
    // The password alone gives no session.
    expect((await browser.get('/api/auth/me')).json().user).toBeNull();
    expect((await browser.get('/api/notifications')).statusCode).toBe(401);

    const wrong = await browser.post('/api/auth/sign-in/two-factor', { code: wrongCode(secret) });
    expect(wrong.json().error.code).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await browser.post('/api/auth/sign-in/two-factor', { code: totp(secret) })).statusCode).toBe(200);
    expect((await browser.get('/api/auth/me')).json().user.email).toBe(user.email);
  });

  it('accepts each backup code once instead of the app code', async () => {
    const { client, user } = await agencyClient(ctx.app, ctx.database.db, 'en');
    const { backupCodes } = await enrol(client);
    const code = backupCodes[0]!;

    const first = new TestClient(ctx.app, 'en');
    expect((await first.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).json().twoFactorRequired).toBe(true);
    expect((await first.post('/api/auth/sign-in/two-factor', { code })).statusCode).toBe(200);
    expect((await first.get('/api/auth/me')).json().user.email).toBe(user.email);

    const second = new TestClient(ctx.app, 'en');
    await second.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    const reused = await second.post('/api/auth/sign-in/two-factor', { code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await second.get('/api/auth/me')).json().user).toBeNull();
  });

  it('ends the sign-in step after 5 wrong codes: even the right code then needs the password again', async () => {
    const { client, user } = await agencyClient(ctx.app, ctx.database.db, 'en');
    const { secret } = await enrol(client);
    const browser = new TestClient(ctx.app, 'en');
    await browser.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    // Someone mistyping is not cut off by the address limit before the per-sign-in one.
    for (let i = 0; i < 5; i++)
      expect((await browser.post('/api/auth/sign-in/two-factor', { code: wrongCode(secret) })).json().error.code).toBe('INVALID_TWO_FACTOR_CODE');
    const late = await browser.post('/api/auth/sign-in/two-factor', { code: totp(secret) });
    expect(late.statusCode).toBe(401);
    expect(late.json().error).toMatchObject({ code: 'TWO_FACTOR_EXPIRED', message: expect.stringMatching(/sign in again/) });
    await browser.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect((await browser.post('/api/auth/sign-in/two-factor', { code: totp(secret) })).statusCode).toBe(200);
  });

  it('turns off with the password (audited), after which the password alone signs in again', async () => {
    const { client, user } = await agencyClient(ctx.app, ctx.database.db, 'vi');
    await enrol(client);
    expect((await client.post('/api/auth/two-factor/disable', { password: 'Sai-mat-khau-1' })).statusCode).toBe(401);
    expect((await client.post('/api/auth/two-factor/disable', { password: TEST_PASSWORD })).statusCode).toBe(200);
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'user.two-factor-disable')));
    expect(audit).toHaveLength(1);
    const browser = new TestClient(ctx.app, 'vi');
    expect((await browser.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).json()).toEqual({ ok: true, twoFactorRequired: false });
  });

  it('is not offered to members of ordinary organisations', async () => {
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    expect((await client.get('/api/auth/me')).json().twoFactor.available).toBe(false);
    expect((await client.post('/api/auth/two-factor/enable', { password: TEST_PASSWORD })).statusCode).toBe(403);
  });
});

describe('REQUIRE_ADMIN_TWO_FACTOR', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ requireAdminTwoFactor: true });
  });
  afterAll(async () => ctx?.close());

  it('keeps a platform admin without an authenticator on the enrolment screen: every other request is 403 TWO_FACTOR_REQUIRED until enrolled', async () => {
    const admin = await newUser(ctx.database.db, { role: 'admin' });
    const client = new TestClient(ctx.app, 'vi');
    expect((await client.post('/api/auth/sign-in', { email: admin.email, password: TEST_PASSWORD })).json()).toEqual({ ok: true, twoFactorRequired: false });
    expect((await client.get('/api/auth/me')).json().twoFactor).toEqual({ available: true, enabled: false, mandatory: true, enrolmentRequired: true });
    const blocked = await client.get('/api/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({ code: 'TWO_FACTOR_REQUIRED', message: expect.stringContaining('xác thực hai bước') });

    const { secret } = await enrol(client);
    expect((await client.get('/api/users')).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).json().twoFactor).toEqual({ available: true, enabled: true, mandatory: true, enrolmentRequired: false });
    // An admin who must have it cannot turn it off.
    expect((await client.post('/api/auth/two-factor/disable', { password: TEST_PASSWORD })).json().error.code).toBe('TWO_FACTOR_REQUIRED');

    const next = new TestClient(ctx.app, 'vi');
    expect((await next.post('/api/auth/sign-in', { email: admin.email, password: TEST_PASSWORD })).json().twoFactorRequired).toBe(true);
    expect((await next.post('/api/auth/sign-in/two-factor', { code: totp(secret) })).statusCode).toBe(200);
    expect((await next.get('/api/users')).statusCode).toBe(200);
  });

  it('is on by default in production only, and can be set either way', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).requireAdminTwoFactor).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).requireAdminTwoFactor).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', REQUIRE_ADMIN_TWO_FACTOR: 'false' }).requireAdminTwoFactor).toBe(false);
    expect(loadConfig({ REQUIRE_ADMIN_TWO_FACTOR: 'true' }).requireAdminTwoFactor).toBe(true);
  });

  it('leaves everyone else alone', async () => {
    const { client } = await agencyClient(ctx.app, ctx.database.db);
    expect((await client.get('/api/auth/me')).json().twoFactor.enrolmentRequired).toBe(false);
    expect((await client.get('/api/notifications')).statusCode).toBe(200);
  });
});
