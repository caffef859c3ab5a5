import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOffer, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ publicCacheSeconds: 60 });
});
afterAll(async () => ctx?.close());

describe('public answers', () => {
  it('answer anonymous reads without a cookie, with an ETag that revalidates to 304', async () => {
    await newOffer(ctx.database.db, { title: 'Máy sấy nông sản năng lượng mặt trời' });
    const first = await ctx.app.inject({ method: 'GET', url: '/api/offers?q=may%20say' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['set-cookie']).toBeUndefined();
    // Shared caches may keep it; a browser asks again every time (no stale answer shown while it does).
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=30');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await ctx.app.inject({ method: 'GET', url: '/api/offers?q=may%20say', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('reuse an anonymous answer for the configured time, but never for a signed-in reader', async () => {
    const url = '/api/offers?q=nuoc%20mam%20truyen%20thong';
    const before = (await ctx.app.inject({ method: 'GET', url })).json();
    await newOffer(ctx.database.db, { title: 'Nước mắm truyền thống ủ chượp' });
    expect((await ctx.app.inject({ method: 'GET', url })).json()).toEqual(before);
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    const signedIn = await client.get(url);
    expect(signedIn.json().total).toBe(before.total + 1);
    expect(signedIn.headers['cache-control']).toBe('private, no-store');
  });

  it('give a signed-in person the CSRF cookie, and sign-in hands it out', async () => {
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(String(me.headers['set-cookie'] ?? '')).toContain('tb_csrf=');
    // An answer that hands one visitor a token is theirs alone: no cache may give it to the next.
    expect(me.headers['cache-control']).toBe('private, no-store');
    const second = await ctx.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(String(second.headers['set-cookie'] ?? '')).toContain('tb_csrf=');
    expect(second.headers['set-cookie']).not.toEqual(me.headers['set-cookie']);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/experts' });
    expect(list.headers['set-cookie']).toBeUndefined();
  });
});

describe('a crowd of anonymous visitors', () => {
  let crowd: TestContext;
  beforeAll(async () => {
    // One answer computed at a time: the bound is reached by the second distinct question.
    crowd = await createTestApp({ publicCacheSeconds: 60, publicMaxComputing: 1 });
    await newOffer(crowd.database.db, { title: 'Công nghệ ủ chượp nước mắm' });
  });
  afterAll(async () => crowd?.close());

  it('wait for the answer another visitor is computing, and are told to come back when too many are being computed', async () => {
    // inject() dispatches when its answer is first awaited: Promise.resolve sends each one now, in this order.
    const send = (url: string) => Promise.resolve(crowd.app.inject({ method: 'GET', url }));
    const ask = () => send('/api/offers?q=nuoc%20mam');
    // The first question starts its search; the other arrives while it runs, then seven more of the first.
    const first = ask();
    const other = send('/api/offers?q=u%20chuop');
    const answers = await Promise.all([first, ...Array.from({ length: 7 }, ask)]);
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
    const busy = await other;
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.json().error.code).toBe('UNAVAILABLE');
    // Once the first answer is in, the other question is computed.
    expect((await crowd.app.inject({ method: 'GET', url: '/api/offers?q=u%20chuop' })).statusCode).toBe(200);
  });
});
