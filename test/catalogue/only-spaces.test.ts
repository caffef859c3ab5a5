import { afterAll, beforeAll, expect, it } from 'vitest';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { organisationBody } from '../organisations/support.js';

let ctx: TestContext;
let owner: string;
const clients = {} as Record<'vi' | 'en', TestClient>;

beforeAll(async () => {
  ctx = await createTestApp();
  owner = (await newOrganisation(ctx.database.db, { provinceCode: '01' })).id;
  for (const language of ['vi', 'en'] as const)
    clients[language] = (await signedInClient(ctx.app, ctx.database.db, { organisationId: owner, role: 'admin', language })).client;
});
afterAll(async () => ctx?.close());

const said = { vi: 'Không được chỉ có khoảng trắng.', en: 'Cannot be only spaces.' };
/** Spaces as people type or paste them: plain, a tab, a no-break and an ideographic space. */
const spaces = ['   ', ' \t ', '\u00a0\u00a0', '\u3000'];

async function expectOnlySpaces(language: 'vi' | 'en', method: 'POST' | 'PATCH', url: string, body: Record<string, unknown>, field: string) {
  const response = await clients[language].request(method, url, body);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(400);
  const fields = response.json().error.details.fields as Array<{ path: string; message: string }>;
  expect(fields.find((f) => f.path === field)?.message, response.body).toBe(said[language]);
}

it('tells the person a title of only spaces is only spaces, in Vietnamese and in English, on create and edit', async () => {
  const offer = (await clients.vi.post('/api/offers', { title: 'Công nghệ sấy lạnh', ownerOrganisationId: owner })).json();
  const demand = (await clients.vi.post('/api/demands', { title: 'Cần dây chuyền sấy', ownerOrganisationId: owner })).json();
  expect(offer.id && demand.id).toBeTruthy();
  for (const language of ['vi', 'en'] as const)
    for (const blank of spaces) {
      await expectOnlySpaces(language, 'POST', '/api/offers', { title: blank, ownerOrganisationId: owner }, 'title');
      await expectOnlySpaces(language, 'POST', '/api/demands', { title: blank, ownerOrganisationId: owner }, 'title');
      await expectOnlySpaces(language, 'PATCH', `/api/offers/${offer.id}`, { title: blank }, 'title');
      await expectOnlySpaces(language, 'PATCH', `/api/demands/${demand.id}`, { title: blank }, 'title');
      await expectOnlySpaces(language, 'POST', '/api/experts', { name: blank, ownerOrganisationId: owner }, 'name');
    }
});

it("says the same of an organisation's name of only spaces, and an empty one is still 'not blank'", async () => {
  for (const language of ['vi', 'en'] as const) {
    await expectOnlySpaces(language, 'POST', '/api/organisations', organisationBody({ nameVi: '   ' }), 'nameVi');
    await expectOnlySpaces(language, 'PATCH', `/api/organisations/${owner}`, { nameVi: '\u00a0 ' }, 'nameVi');
  }
  const empty = await clients.vi.post('/api/organisations', organisationBody({ nameVi: '' }));
  expect(empty.statusCode).toBe(400);
  expect(empty.json().error.details.fields[0].message).not.toBe(said.vi);
});
