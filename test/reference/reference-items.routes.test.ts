import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, referenceItems } from '../../src/db/schema/index.js';
import { agencyClient, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const itemRow = (category: string, code: string) =>
  ctx.database.db
    .select()
    .from(referenceItems)
    .where(and(eq(referenceItems.category, category), eq(referenceItems.code, code)));

describe('reading code lists', () => {
  it('lists every category with its counts', async () => {
    const response = await new TestClient(ctx.app).get('/api/reference/categories');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ category: string; total: number }>;
    expect(items.map((c) => c.category)).toContain('vsic-section');
    expect(items.every((c) => c.total > 0)).toBe(true);
  });

  it('lists a category in order and searches without diacritics', async () => {
    const visitor = new TestClient(ctx.app);
    const all = await visitor.get('/api/reference/vsic-section');
    expect(all.statusCode).toBe(200);
    expect(all.json().items[0]).toMatchObject({ category: 'vsic-section', code: 'A', active: true });
    const found = await visitor.get(`/api/reference/currency?q=${encodeURIComponent('dong viet')}`);
    expect(found.json().items).toEqual([expect.objectContaining({ code: 'VND', name: 'Đồng Việt Nam' })]);
    expect((await visitor.get('/api/reference/currency?q=100%25')).json().items).toEqual([]);
  });

  it('answers an unknown category with the field at fault', async () => {
    const response = await new TestClient(ctx.app).get('/api/reference/colours');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('params.category');
  });
});

describe('adding a code', () => {
  const body = { code: 'THB', name: 'Bạt Thái Lan', nameEn: 'Thai baht' };

  it('needs a session, then agency staff or a platform admin', async () => {
    expect((await new TestClient(ctx.app).post('/api/reference/currency', body)).statusCode).toBe(401);
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    expect((await client.post('/api/reference/currency', body)).statusCode).toBe(403);
    expect(await itemRow('currency', 'THB')).toEqual([]);
  });

  it('adds it at the end of the list, audited; a second time is a conflict', async () => {
    const { client, user } = await agencyClient(ctx.app, ctx.database.db);
    const response = await client.post('/api/reference/currency', body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ ...body, category: 'currency', active: true, parentCode: null, sortOrder: 7 });
    const [entry] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'currency/THB'));
    expect(entry).toMatchObject({ action: 'reference.create', actorId: user.id, before: null });
    const again = await client.post('/api/reference/currency', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_EXISTS');
  });

  it('answers bad input with the field at fault and writes nothing', async () => {
    const { client } = await signedInClient(ctx.app, ctx.database.db, { platformRole: 'admin', language: 'en' });
    const cases: Array<[unknown, string]> = [
      [{ name: 'A', nameEn: 'A' }, 'code'],
      [{ ...body, code: 'has space' }, 'code'],
      [{ ...body, code: 'X'.repeat(21) }, 'code'],
      [{ ...body, name: 'x'.repeat(201) }, 'name'],
      [{ ...body, nameEn: 7 }, 'nameEn'],
      [{ ...body, code: 'ZZ1', parentCode: 'NOPE' }, 'parentCode'],
    ];
    for (const [input, path] of cases) {
      const response = await client.post('/api/reference/currency', input);
      expect(response.statusCode, JSON.stringify(input)).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
    expect((await client.post('/api/reference/currency', '{"code":')).statusCode).toBe(400);
    expect(await itemRow('currency', 'ZZ1')).toEqual([]);
  });
});

describe('editing a code', () => {
  it('needs a session, then agency staff or a platform admin; 404 for an unknown code', async () => {
    expect((await new TestClient(ctx.app).patch('/api/reference/currency/USD', { active: false })).statusCode).toBe(401);
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    expect((await client.patch('/api/reference/currency/USD', { active: false })).statusCode).toBe(403);
    const { client: agency } = await agencyClient(ctx.app, ctx.database.db);
    expect((await agency.patch('/api/reference/currency/XXX', { active: false })).statusCode).toBe(404);
  });

  it('deactivates and renames, audited with before and after', async () => {
    const { client } = await agencyClient(ctx.app, ctx.database.db);
    const response = await client.patch('/api/reference/currency/SGD', { active: false, nameEn: '  Singapore dollar (SGD) ' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: 'SGD', active: false, nameEn: 'Singapore dollar (SGD)' });
    const [entry] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'currency/SGD'));
    expect(entry).toMatchObject({
      action: 'reference.update',
      before: { active: true, nameEn: 'Singapore dollar' },
      after: { active: false, nameEn: 'Singapore dollar (SGD)' },
    });
  });

  it('answers bad input with the field at fault and writes nothing', async () => {
    const { client } = await agencyClient(ctx.app, ctx.database.db);
    const before = await itemRow('currency', 'EUR');
    for (const [input, path] of [
      [{ active: 'no' }, 'active'],
      [{ name: '' }, 'name'],
      [{ code: 'EU' }, ''],
    ] as const) {
      const response = await client.patch('/api/reference/currency/EUR', input);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
    expect(await itemRow('currency', 'EUR')).toEqual(before);
  });
});
