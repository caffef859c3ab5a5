import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, provinces } from '../../src/db/schema/index.js';
import { resolveProvinceInput } from '../../src/server/modules/reference/reference.service.js';
import { agencyClient, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const resolve = (q: string) => new TestClient(ctx.app).get(`/api/reference/provinces/resolve?q=${encodeURIComponent(q)}`);

describe('reading provinces', () => {
  it('lists the 34 current units and the 63 legacy ones to visitors', async () => {
    const visitor = new TestClient(ctx.app);
    const current = await visitor.get('/api/reference/provinces');
    expect(current.statusCode).toBe(200);
    expect(current.json().items).toHaveLength(34);
    expect(current.json().items).toContainEqual(expect.objectContaining({ code: '40', name: 'Nghệ An', formedFrom: ['40'] }));
    const legacy = await visitor.get('/api/reference/provinces?kind=legacy');
    expect(legacy.json().items).toHaveLength(63);
    expect(legacy.json().items).toContainEqual({ code: '74', name: 'Bình Dương', region: 'DNB', mergedInto: '79' });
  });

  it('refuses an unknown kind with the field at fault', async () => {
    const response = await new TestClient(ctx.app).get('/api/reference/provinces?kind=old');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('querystring.kind');
  });
});

describe('resolving what people type', () => {
  it.each(['Nghe An', 'nghệ an', '40', 'Tỉnh Nghệ An'])('finds Nghệ An from %j', async (q) => {
    const response = await resolve(q);
    expect(response.statusCode).toBe(200);
    // A name that is still current is the current unit, not its legacy namesake.
    expect(response.json()).toEqual({ current: { code: '40', name: 'Nghệ An' }, legacy: null });
  });

  it('rolls a legacy province up to the unit it merged into', async () => {
    const response = await resolve('Binh Duong');
    expect(response.json()).toEqual({
      current: { code: '79', name: 'Thành phố Hồ Chí Minh' },
      legacy: { code: '74', name: 'Bình Dương' },
    });
    expect((await resolve('74')).json().current.code).toBe('79');
  });

  it('answers 404 for an unknown name and 400 for an empty or over-long one', async () => {
    expect((await resolve('Atlantis')).statusCode).toBe(404);
    const empty = await resolve('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0].path).toBe('querystring.q');
    expect((await resolve('x'.repeat(301))).statusCode).toBe(400);
  });
});

describe('editing a province', () => {
  it('needs a session, then agency staff or a platform admin', async () => {
    expect((await new TestClient(ctx.app).patch('/api/reference/provinces/40', { aliases: ['Xứ Nghệ'] })).statusCode).toBe(401);
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    const response = await client.patch('/api/reference/provinces/40', { aliases: ['Xứ Nghệ'] });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
  });

  it('lets agency staff add an alias, audits it, and resolves the alias at once', async () => {
    expect((await resolve('Xu Nghe')).statusCode).toBe(404);
    const { client, user } = await agencyClient(ctx.app, ctx.database.db);
    const response = await client.patch('/api/reference/provinces/40', { aliases: ['Xứ Nghệ'] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: '40', aliases: ['Xứ Nghệ'] });
    expect((await resolve('Xu Nghe')).json().current.code).toBe('40');
    expect(await resolveProvinceInput(ctx.database.db, 'xứ nghệ')).toEqual({ current: '40', legacy: null });

    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'province.update'), eq(auditLog.entityId, '40')));
    expect(entry).toMatchObject({ actorId: user.id, before: { aliases: [] }, after: { aliases: ['Xứ Nghệ'] } });
  });

  it('lets a platform admin rename; 404 for an unknown code', async () => {
    const { client } = await signedInClient(ctx.app, ctx.database.db, { platformRole: 'admin' });
    expect((await client.patch('/api/reference/provinces/99', { nameEn: 'Nowhere' })).statusCode).toBe(404);
    const response = await client.patch('/api/reference/provinces/40', { nameEn: 'Nghe An Province' });
    expect(response.json().nameEn).toBe('Nghe An Province');
  });

  it('answers bad input with the field at fault and writes nothing', async () => {
    const { client } = await agencyClient(ctx.app, ctx.database.db, 'en');
    const before = await ctx.database.db.select().from(provinces).where(eq(provinces.code, '01'));
    const cases: Array<[unknown, string]> = [
      [{ name: '' }, 'name'],
      [{ name: 42 }, 'name'],
      [{ nameEn: 'x'.repeat(201) }, 'nameEn'],
      [{ aliases: 'Hà Nội' }, 'aliases'],
      [{ aliases: [''] }, 'aliases.0'],
      [{ colour: 'red' }, ''],
    ];
    for (const [body, path] of cases) {
      const response = await client.patch('/api/reference/provinces/01', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
    const malformed = await client.patch('/api/reference/provinces/01', '{"name": ');
    expect(malformed.statusCode).toBe(400);
    expect(await ctx.database.db.select().from(provinces).where(eq(provinces.code, '01'))).toEqual(before);
  });
});
