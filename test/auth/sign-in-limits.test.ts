import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountThrottles, auditLog, mailOutbox } from '../../src/db/schema/index.js';
import { forgetStaleThrottles } from '../../src/server/modules/auth/account-limits.service.js';
import { newUser, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const forwardedFrom = (i: number) => ({ headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } });
const wrongPassword = (email: string, i: number) => ({ email, password: `Sai-mat-khau-${i}` });

/** Lets the account's growing delay run out, as if the person had waited before trying again. */
async function waitOutDelay(email: string) {
  await ctx.database.db
    .update(accountThrottles)
    .set({ nextAttemptAt: sql`now() - interval '1 second'` })
    .where(eq(accountThrottles.key, `sign-in:${email}`));
}

async function mailsTo(email: string, kind: string) {
  return ctx.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, email), eq(mailOutbox.kind, kind)))
    .orderBy(desc(mailOutbox.createdAt));
}

describe('sign-in limits', () => {
  it('ignores X-Forwarded-For without TRUSTED_PROXIES: 50 wrong passwords from one address get 429 after the per-address limit', async () => {
    const client = new TestClient(ctx.app, 'en');
    const statuses: number[] = [];
    // A different account each time, so that only the per-address limit can stop them.
    for (let i = 0; i < 50; i++) {
      const response = await client.request('POST', '/api/auth/sign-in', wrongPassword(`spray-${i}@example.vn`, i), forwardedFrom(i));
      statuses.push(response.statusCode);
    }
    const limit = ctx.config.signInLimitPerMinute;
    expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(401));
    expect(statuses.slice(limit)).toEqual(Array(50 - limit).fill(429));
  });

  it('limits one account whatever the address: 50 wrong passwords from 50 addresses are stopped after 3 (give or take a delay run out on a slow machine)', async () => {
    const user = await newUser(ctx.database.db);
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      const response = await new TestClient(ctx.app, 'en').request('POST', '/api/auth/sign-in', wrongPassword(user.email, i), forwardedFrom(i));
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many attempts\. Please wait \d+ seconds/) });
      }
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 429]);
    // The rest wait out growing delays: a slow machine may let one or two more through, never many.
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  });

  it('lets three wrong passwords through at once, then makes each wait twice as long as the last', async () => {
    const user = await newUser(ctx.database.db);
    const attempt = (i: number) => new TestClient(ctx.app).post('/api/auth/sign-in', wrongPassword(user.email, i));
    for (let i = 0; i < 3; i++) expect((await attempt(i)).statusCode).toBe(401);
    const waits: number[] = [];
    for (let i = 3; i < 7; i++) {
      const early = await attempt(i);
      expect(early.statusCode).toBe(429);
      waits.push(early.json().error.details.retryAfterSeconds);
      await waitOutDelay(user.email);
      expect((await attempt(i)).statusCode).toBe(401);
    }
    // Each wait is counted from the previous answer, so a slow machine may shave a second off it.
    [2, 4, 8, 16].forEach((full, i) => expect(waits[i]).toBeGreaterThan(full / 2));
    [2, 4, 8, 16].forEach((full, i) => expect(waits[i]).toBeLessThanOrEqual(full));
  });

  it('locks the account after 10 wrong passwords, says until when, and its owner unlocks it from the e-mailed link', async () => {
    const user = await newUser(ctx.database.db);
    for (let i = 0; i < 9; i++) {
      await waitOutDelay(user.email);
      expect((await new TestClient(ctx.app).post('/api/auth/sign-in', wrongPassword(user.email, i))).statusCode).toBe(401);
    }
    await waitOutDelay(user.email);
    const locked = await new TestClient(ctx.app, 'en').post('/api/auth/sign-in', wrongPassword(user.email, 9));
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.json().error.message).toMatch(
      /^Too many failed sign-ins: this account is locked until \d\d:\d\d \d\d\/\d\d\/\d{4} \(Viet Nam time\)\. We have e-mailed its owner a link to unlock it now\.$/,
    );
    const lockedUntil = new Date(locked.json().error.details.lockedUntil);
    expect(lockedUntil.getTime() - Date.now()).toBeGreaterThan(29 * 60 * 1000);

    // Even the right password waits for the lock, in Vietnamese by default.
    await waitOutDelay(user.email);
    const stillLocked = await new TestClient(ctx.app).post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(stillLocked.statusCode).toBe(429);
    expect(stillLocked.json().error.message).toMatch(/tài khoản bị khóa đến \d\d:\d\d \d\d\/\d\d\/\d{4} \(giờ Việt Nam\)/);

    const mails = await mailsTo(user.email, 'account-locked');
    expect(mails).toHaveLength(1);
    // The mail opens the unlock page; unlocking takes the click that posts its token.
    const link = new URL(mails[0].text.match(/https?:\/\/\S+\/unlock-account\?token=\S+/)![0]);
    expect(link.pathname).toBe('/unlock-account');
    const token = link.searchParams.get('token');
    const unlock = await new TestClient(ctx.app).post('/api/auth/unlock-account', { token });
    expect(unlock.json()).toEqual({ unlocked: true });
    await new TestClient(ctx.app).signIn(user.email, TEST_PASSWORD);
    expect((await new TestClient(ctx.app).post('/api/auth/unlock-account', { token })).json()).toEqual({ unlocked: false });

    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), inArray(auditLog.action, ['user.sign-in-locked', 'user.sign-in-unlocked'])));
    expect(audit.map((a) => a.action).sort()).toEqual(['user.sign-in-locked', 'user.sign-in-unlocked']);
  });

  it('answers an email without an account exactly like one with an account, and mails no one', async () => {
    const email = 'ghost@example.vn';
    let last;
    for (let i = 0; i < 10; i++) {
      await waitOutDelay(email);
      last = await new TestClient(ctx.app, 'en').post('/api/auth/sign-in', wrongPassword(email, i));
    }
    expect(last!.statusCode).toBe(429);
    expect(last!.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(await mailsTo(email, 'account-locked')).toHaveLength(0);
  });
});

describe('stale limits', () => {
  it('are forgotten after a day without attempts, unless a lock is still in force', async () => {
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    const old = { count: 2, firstAt: dayAgo, lastAt: dayAgo, nextAttemptAt: dayAgo };
    await ctx.database.db.insert(accountThrottles).values([
      { key: 'sign-in:stale@example.vn', ...old },
      { key: 'sign-in:still-locked@example.vn', ...old, lockedUntil: new Date(Date.now() + 60_000) },
    ]);
    expect(await forgetStaleThrottles(ctx.database.db)).toBeGreaterThanOrEqual(1);
    const left = await ctx.database.db.select({ key: accountThrottles.key }).from(accountThrottles);
    expect(left.map((row) => row.key)).toContain('sign-in:still-locked@example.vn');
    expect(left.map((row) => row.key)).not.toContain('sign-in:stale@example.vn');
  });
});

describe('password-reset mail limit', () => {
  it('sends at most 3 reset mails per account an hour, whatever the address', async () => {
    const user = await newUser(ctx.database.db);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await new TestClient(ctx.app, 'en').request('POST', '/api/auth/request-password-reset', { email: user.email }, forwardedFrom(i));
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().error.code).toBe('RATE_LIMITED');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await mailsTo(user.email, 'reset-password')).toHaveLength(3);
  });
});

describe('trusted proxies', () => {
  it('takes the client address from X-Forwarded-For only when the peer is a listed proxy', async () => {
    const proxied = await createTestApp({ trustedProxies: ['10.0.0.0/8'] });
    try {
      const proxy = new TestClient(proxied.app, 'en');
      const statuses: number[] = [];
      for (let i = 0; i < 15; i++) {
        const response = await proxy.request('POST', '/api/auth/sign-in', wrongPassword(`proxied-${i}@example.vn`, i), forwardedFrom(i));
        statuses.push(response.statusCode);
      }
      // Fifteen clients behind the proxy, each under its own limit.
      expect(statuses).toEqual(Array(15).fill(401));
    } finally {
      await proxied.close();
    }
  });
});
