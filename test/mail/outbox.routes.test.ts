import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema/index.js';
import { agencyClient, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = (await signedInClient(ctx.app, ctx.database.db, { platformRole: 'admin', language: 'en' })).client;
  for (let i = 0; i < 5; i++) {
    await ctx.app.ctx.mailer.send(`outbox-${i}@example.vn`, { subject: `Thư ${i}`, text: `Nội dung ${i}`, kind: 'test' });
    // PGlite's clock ticks in milliseconds: a pause keeps "newest first" well defined here.
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
  await ctx.app.ctx.mailer.send('other_person@example.vn', { subject: 'Khác', text: 'Khác', kind: 'test' });
});
afterAll(async () => ctx?.close());

describe('reading the mail outbox', () => {
  it('is for platform admins only', async () => {
    expect((await new TestClient(ctx.app).get('/api/admin/outbox')).statusCode).toBe(401);
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    expect((await client.get('/api/admin/outbox')).statusCode).toBe(403);
    const { client: agency } = await agencyClient(ctx.app, ctx.database.db);
    expect((await agency.get('/api/admin/outbox')).statusCode).toBe(403);
  });

  it('lists mail newest first, filtered by recipient', async () => {
    const response = await admin.get('/api/admin/outbox?to=outbox-');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(5);
    expect(body.items[0]).toMatchObject({ to: 'outbox-4@example.vn', subject: 'Thư 4', text: 'Nội dung 4', kind: 'test', status: 'kept', sentAt: null });
    // "_" typed in the filter is a literal underscore, not a wildcard.
    expect((await admin.get('/api/admin/outbox?to=other_')).json().total).toBe(1);
    expect((await admin.get('/api/admin/outbox?to=outbox_')).json().total).toBe(0);
  });

  async function pageThrough(to: string, limit: number) {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ to: string }>; nextCursor: string | null } = (
        await admin.get(`/api/admin/outbox?to=${to}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((m) => m.to));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it('pages by cursor, newest first, without repeats', async () => {
    expect(await pageThrough('outbox-', 2)).toEqual([4, 3, 2, 1, 0].map((i) => `outbox-${i}@example.vn`));
  });

  it('pages without repeats or gaps through mail written in the same instant', async () => {
    const sameInstant = new Date('2026-03-01T08:00:00.000Z');
    await ctx.database.db
      .insert(mailOutbox)
      .values([1, 2, 3].map((i) => ({ to: `tie-${i}@example.vn`, subject: 'Cùng lúc', text: 'Cùng lúc', kind: 'test', createdAt: sameInstant })));
    expect((await pageThrough('tie-', 1)).sort()).toEqual([1, 2, 3].map((i) => `tie-${i}@example.vn`));
  });

  it('answers a forged cursor or bad page size with the field at fault', async () => {
    for (const [query, path] of [
      ['cursor=bm9wZQ', 'querystring.cursor'],
      [`cursor=${Buffer.from(JSON.stringify(['2026-01-01 00:00:00+00', 'x'])).toString('base64url')}`, 'querystring.cursor'],
      ['limit=500', 'querystring.limit'],
    ]) {
      const response = await admin.get(`/api/admin/outbox?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
  });
});
