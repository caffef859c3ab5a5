import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

/**
 * A sweep over every write endpoint the OpenAPI document lists: whatever garbage arrives, the answer
 * is a 4xx in the error shape and nothing is written. Each module's own tests check the field at fault.
 */
let ctx: TestContext;
let admin: TestClient;
type Operation = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body: 'json' | 'file' | 'none' };
let operations: Operation[];

// Multipart endpoints: the document cannot describe their body, so they are named here.
const UPLOADS = new Set(['/api/imports', '/api/offers/{id}/attachments', '/api/demands/{id}/attachments', '/api/experts/{id}/attachments']);
// Sessions and sign-in rate-limit counters legitimately change when a request is answered.
const BOOKKEEPING = new Set(['session', 'rate_limit', 'verification']);

beforeAll(async () => {
  ctx = await createTestApp();
  const organisation = await newOrganisation(ctx.database.db);
  admin = (await signedInClient(ctx.app, ctx.database.db, { organisationId: organisation.id, role: 'admin', platformRole: 'admin' })).client;
  const document = (await admin.get('/api/docs/json')).json() as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase() as Operation['method'],
        path,
        body: UPLOADS.has(path) ? 'file' : bodyKind(operation.requestBody?.content),
      })),
  );
  // Without a body only the path can be wrong; an endpoint with neither has nothing to refuse.
  operations = operations.filter((o) => o.body !== 'none' || o.path.includes('{'));
});
afterAll(async () => ctx?.close());

async function rowCounts(): Promise<Record<string, number>> {
  const tables = (await ctx.database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  )) as unknown as { rows: Array<{ table_name: string }> };
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables.rows) {
    if (BOOKKEEPING.has(table) || table.startsWith('__')) continue;
    const result = (await ctx.database.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`)) as unknown as { rows: Array<{ n: number }> };
    counts[table] = result.rows[0].n;
  }
  return counts;
}

function bodyKind(content: Record<string, unknown> | undefined): Operation['body'] {
  if (!content) return 'none';
  return 'application/json' in content ? 'json' : 'file';
}

/** Path parameters filled with ids that exist nowhere, so only the input can be at fault. */
const concretePath = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);

const garbage: Array<[label: string, body: string]> = [
  ['malformed JSON', '{"title": '],
  ['a JSON array', '[1, 2]'],
  ['a JSON string', '"hello"'],
  ['wrong types everywhere', JSON.stringify({ title: 5, version: 'one', email: [], kind: {}, valueVnd: '-1', stage: 7, province: false })],
  [
    'an over-long string in every usual field',
    JSON.stringify({ title: 'ạ'.repeat(20_000), nameVi: 'ạ'.repeat(20_000), body: 'ạ'.repeat(20_000), email: `${'a'.repeat(300)}@x.vn` }),
  ],
];

describe('every write endpoint refuses garbage with a 4xx and writes nothing', () => {
  it('lists the write endpoints of every module', () => {
    const prefixes = new Set(operations.map((o) => o.path.split('/')[2]));
    for (const module of ['auth', 'organisations', 'offers', 'demands', 'experts', 'connections', 'reference', 'imports']) expect(prefixes).toContain(module);
  });

  it('answers malformed, mistyped and over-long bodies with 4xx in the error shape', async () => {
    const before = await rowCounts();
    const failures: string[] = [];
    for (const operation of operations) {
      for (const id of operation.body === 'none' ? ['not-an-id'] : [randomUUID(), 'not-an-id']) {
        for (const [label, body] of operation.body === 'json' ? garbage : [['no file', '{}'] as [string, string]]) {
          const response = await admin.request(operation.method, concretePath(operation.path, id), body);
          const shaped = response.statusCode >= 400 && response.statusCode < 500 && typeof response.json().error?.code === 'string';
          if (!shaped) failures.push(`${operation.method} ${operation.path} (${label}, id ${id}): ${response.statusCode} ${response.body.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    // Still signed in: a lost session would have turned every check above into a 401.
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
  });
});
