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
    expect(first.headers['cache-control']).toContain('public');
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
    const list = await ctx.app.inject({ method: 'GET', url: '/api/experts' });
    expect(list.headers['set-cookie']).toBeUndefined();
  });
});
