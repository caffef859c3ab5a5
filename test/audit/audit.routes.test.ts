import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, systemContext } from '../../src/server/modules/audit/audit.service.js';
import { agencyClient, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = (await signedInClient(ctx.app, ctx.database.db, { platformRole: 'admin', language: 'en' })).client;
  for (let i = 0; i < 5; i++) {
    await recordAudit(ctx.database.db, systemContext, { action: 'test.touch', entityType: 'widget', entityId: `w${i}`, after: { i } });
  }
});
afterAll(async () => ctx?.close());

describe('reading the audit log', () => {
  it('is for platform admins and agency staff', async () => {
    expect((await new TestClient(ctx.app).get('/api/audit')).statusCode).toBe(401);
    const { client } = await signedInClient(ctx.app, ctx.database.db);
    expect((await client.get('/api/audit')).statusCode).toBe(403);
    const connectionPointHost = await newOrganisation(ctx.database.db, { kind: 'dost' });
    const { client: dost } = await signedInClient(ctx.app, ctx.database.db, { organisationId: connectionPointHost.id, role: 'admin' });
    expect((await dost.get('/api/audit')).statusCode).toBe(403);
    const { client: agency } = await agencyClient(ctx.app, ctx.database.db);
    expect((await agency.get('/api/audit')).statusCode).toBe(200);
  });

  it('filters by entity and action, newest first', async () => {
    const response = await admin.get('/api/audit?entityType=widget&action=test.touch');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(5);
    expect(body.items.map((e: { entityId: string }) => e.entityId)).toEqual(['w4', 'w3', 'w2', 'w1', 'w0']);
    expect(body.items[0]).toMatchObject({ actorEmail: 'system', after: { i: 4 }, before: null });
    expect((await admin.get('/api/audit?entityType=widget&entityId=w2')).json().items).toHaveLength(1);
  });

  it('filters by actor and by time', async () => {
    const { client, user } = await signedInClient(ctx.app, ctx.database.db);
    await client.patch('/api/me/profile', { title: 'Kỹ sư' });
    const mine = (await admin.get(`/api/audit?actorId=${user.id}`)).json();
    expect(mine.items.map((e: { action: string }) => e.action)).toEqual(['user.profile-update']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.get(`/api/audit?entityType=widget&from=${today}&to=${today}`)).json().total).toBe(5);
    expect((await admin.get('/api/audit?entityType=widget&to=2000-01-01')).json().total).toBe(0);
    expect((await admin.get(`/api/audit?entityType=widget&from=${encodeURIComponent('2999-01-01T00:00:00+07:00')}`)).json().total).toBe(0);
  });

  it('pages by cursor without repeats', async () => {
    const first = (await admin.get('/api/audit?entityType=widget&limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await admin.get(`/api/audit?entityType=widget&limit=2&cursor=${first.nextCursor}`)).json();
    const third = (await admin.get(`/api/audit?entityType=widget&limit=2&cursor=${second.nextCursor}`)).json();
    const ids = [...first.items, ...second.items, ...third.items].map((e: { entityId: string }) => e.entityId);
    expect(ids).toEqual(['w4', 'w3', 'w2', 'w1', 'w0']);
    expect(third.nextCursor).toBeNull();
  });

  it('answers bad filters with the field at fault', async () => {
    for (const [query, path] of [
      ['from=yesterday', 'querystring.from'],
      ['to=2026-13-45', 'querystring.to'],
      ['cursor=abc', 'querystring.cursor'],
      ['limit=0', 'querystring.limit'],
      [`action=${'x'.repeat(201)}`, 'querystring.action'],
    ]) {
      const response = await admin.get(`/api/audit?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
  });
});
