import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { multipart } from '../imports/multipart.js';

/**
 * Every operation of the published API document, signed in as a platform admin and as an
 * enterprise member (with the CSRF header): NUL characters in every string field, path and query
 * parameter, malformed cursors and invalid upload file names must be answered below 500.
 */
type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  default?: unknown;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema?: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

const document = JSON.parse(fs.readFileSync('docs/openapi.json', 'utf8')) as Document;
const NUL = 'x\u0000y';
const badCursors = ['not-a-cursor', '2026-13-45T99:00:00Z', '-1', '99999999999999999999', 'eyJ4Ijp9', '%00', '%E0%A4%A'];
const badFileNames = ['a\u0000.pdf', 'a\u0001b.pdf', '../../etc/passwd', '', `${'x'.repeat(400)}.pdf`, 'invoice.html'];
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function resolve(schema: JsonSchema): JsonSchema {
  return schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop() as string]) : schema;
}

/** A value of the schema's shape whose every string is `text`. */
function sample(raw: JsonSchema, text: string, depth = 0): unknown {
  const schema = resolve(raw);
  const variant = schema.anyOf ?? schema.oneOf;
  if (variant) return sample(variant.find((s) => resolve(s).type !== 'null') ?? variant[0], text, depth);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s, text, depth)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    if (depth > 5) return {};
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value, text, depth + 1)]));
  }
  if (type === 'array') return depth > 5 ? [] : [sample(schema.items ?? {}, text, depth + 1)];
  if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
  if (type === 'boolean') return true;
  return text;
}

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    // Signing out would end the session the rest of the sweep runs in; it takes no input anyway.
    .filter(([, operation]) => path !== '/api/auth/sign-out' && operation && typeof operation === 'object')
    .map(([method, operation]) => ({ path, method: method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', operation })),
);

let ctx: TestContext;
let clients: { role: string; client: TestClient }[];
let ids: Record<string, string>;
beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const organisation = await newOrganisation(db, { provinceCode: '40' });
  const enterprise = await signedInClient(ctx.app, db, { organisationId: organisation.id, role: 'admin' });
  const admin = await signedInClient(ctx.app, db, { platformRole: 'admin' });
  clients = [
    { role: 'admin', client: admin.client },
    { role: 'enterprise', client: enterprise.client },
  ];
  const offer = await newOffer(db, { ownerOrganisationId: organisation.id, provinceCode: '40' });
  const demand = await newDemand(db, { ownerOrganisationId: organisation.id, provinceCode: '40' });
  ids = { offers: offer.id, demands: demand.id, organisations: organisation.id };
});
afterAll(async () => ctx?.close());

/** The path with each parameter filled: `override` for the named one, the enterprise's own records for `{id}` where there is one. */
function fillPath(path: string, override?: { name: string; value: string }) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override?.name === name) return override.value;
    return ids[path.split('/')[2]] ?? crypto.randomUUID();
  });
}

const queryParameters = (operation: Operation) => (operation.parameters ?? []).filter((p) => p.in === 'query');
const jsonBodySchema = (operation: Operation) => operation.requestBody?.content['application/json']?.schema;
const isUpload = (operation: Operation) => !!operation.requestBody?.content['multipart/form-data'];

describe('bad input on every operation of the API document', () => {
  it('covers the whole document', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  for (const role of ['admin', 'enterprise']) {
    it(`never answers 500 or more to ${role}`, async () => {
      const { client } = clients.find((c) => c.role === role)!;
      const failures: string[] = [];
      const check = async (label: string, send: () => Promise<{ statusCode: number; body: string }>, expectField?: string) => {
        const response = await send();
        if (response.statusCode >= 500) failures.push(`${label} → ${response.statusCode} ${response.body.slice(0, 200)}`);
        else if (expectField && (response.statusCode !== 400 || !response.body.includes(expectField))) {
          failures.push(`${label} → ${response.statusCode}, expected 400 naming ${expectField}: ${response.body.slice(0, 200)}`);
        }
      };

      for (const { path, method, operation } of operations) {
        const label = `${method} ${path}`;
        const body = jsonBodySchema(operation);
        const validBody = body ? sample(body, 'thử') : undefined;
        const send = (url: string, payload?: unknown) => client.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : (payload ?? {}));

        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          await check(`${label} path ${name}=NUL`, () => send(fillPath(path, { name, value: 'x%00y' }), validBody), `params.${name}`);
        }
        if (body) {
          const payload = sample(body, NUL);
          const hasText = JSON.stringify(payload).includes('\\u0000');
          await check(`${label} body with NUL in every string`, () => send(fillPath(path), payload), hasText ? 'invalid_text' : undefined);
        }
        for (const parameter of queryParameters(operation)) {
          await check(`${label} ?${parameter.name}=NUL`, () => send(`${fillPath(path)}?${parameter.name}=x%00y`, validBody), `querystring.${parameter.name}`);
          if (parameter.name === 'cursor') {
            for (const cursor of badCursors) await check(`${label} ?cursor=${cursor}`, () => send(`${fillPath(path)}?cursor=${cursor}`, validBody));
          }
        }
        if (isUpload(operation)) {
          for (const name of badFileNames) {
            const form = multipart({ type: 'offers', format: 'xlsx' }, { name, data: png });
            await check(`${label} file name ${JSON.stringify(name.slice(0, 20))}`, () =>
              client.request(method, fillPath(path), form.payload, { headers: form.headers }),
            );
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
