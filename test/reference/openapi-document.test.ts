import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

it('serves one OpenAPI document for the whole API, generated from the zod schemas', async () => {
  const response = await new TestClient(ctx.app).get('/api/docs/json');
  expect(response.statusCode).toBe(200);
  const doc = response.json() as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
  expect(doc.openapi).toMatch(/^3\./);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      '/api/health',
      '/api/auth/sign-in',
      '/api/organisations',
      '/api/offers',
      '/api/demands/{id}/matches',
      '/api/connections/{id}/stage',
      '/api/reports/network',
    ]),
  );
  expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['SignUpBody', 'ConnectionDetail', 'NetworkReport']));
  const ui = await new TestClient(ctx.app).get('/api/docs/');
  expect(ui.statusCode).toBe(200);
});

it('matches the checked-in docs/openapi.json', async () => {
  const document = (await new TestClient(ctx.app).get('/api/docs/json')).json() as { components: { schemas: Record<string, unknown> } };
  // Components come in the order their modules were first imported in the process, which differs
  // when a test worker has run other files before this one; sorted by name they read the same every time.
  const schemas = Object.fromEntries(Object.entries(document.components.schemas).sort(([a], [b]) => (a < b ? -1 : 1)));
  await expect(
    `${JSON.stringify({ ...document, components: { ...document.components, schemas } }, null, 2)}\n`,
    'The API no longer matches docs/openapi.json: run `npm run openapi` and commit the regenerated document with the change.',
  ).toMatchFileSnapshot('../../docs/openapi.json');
});
