import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, auditLog, demands, experts, jobs, offers } from '../../src/db/schema/index.js';
import { multipart } from '../imports/multipart.js';
import { expectRejected } from '../organisations/support.js';
import { newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let admin: TestClient;
const ids = { offer: '', demand: '', expert: '' };
const long = (n: number) => 'ạ'.repeat(n);
const MALFORMED = '{"title": ';
const UNKNOWN_ID = '6f1c2a7e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';

beforeAll(async () => {
  ctx = await createTestApp();
  const organisation = await newOrganisation(ctx.database.db, { provinceCode: '01' });
  // A platform admin who is also a member of the owner passes every authorisation check, so only the input is at fault.
  admin = (await signedInClient(ctx.app, ctx.database.db, { organisationId: organisation.id, platformRole: 'admin' })).client;
  ids.offer = (await admin.post('/api/offers', { title: 'Công nghệ thử', ownerOrganisationId: organisation.id })).json().id;
  ids.demand = (await admin.post('/api/demands', { title: 'Nhu cầu thử', ownerOrganisationId: organisation.id })).json().id;
  ids.expert = (await admin.post('/api/experts', { name: 'TS. Nguyễn Văn Thử', ownerOrganisationId: organisation.id })).json().id;
  for (const [type, id] of Object.entries(ids)) expect(id, type).toBeTruthy();
});
afterAll(async () => ctx?.close());

const tables = { offers, demands, experts, attachments, auditLog, jobs };

/** Row counts of every table a catalogue write touches, to prove a refused request wrote nothing. */
async function rowCounts() {
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => [name, (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n] as const),
  );
  return Object.fromEntries(entries);
}

type Case = [label: string, body: unknown, path?: string];

async function expectAllRejected(method: 'POST' | 'PATCH', url: string, cases: Case[]) {
  const before = await rowCounts();
  for (const [label, body, field] of cases) {
    const response = await admin.request(method, url, body);
    expect.soft(response.statusCode, `${label}: ${response.body}`).toBeLessThan(500);
    expectRejected(response, field);
  }
  expect(await rowCounts()).toEqual(before);
}

/** Mistakes every offer, demand and expert body can make in the fields they share. */
const sharedCases = (base: Record<string, unknown>): Case[] => [
  ['malformed JSON', MALFORMED],
  ['an array', '[]'],
  ['unknown language', { ...base, language: 'fr' }, 'language'],
  ['keywords a string', { ...base, keywords: 'sấy' }, 'keywords'],
  ['a keyword too long', { ...base, keywords: [long(101)] }, 'keywords.0'],
  ['too many keywords', { ...base, keywords: Array.from({ length: 31 }, (_, i) => `k${i}`) }, 'keywords'],
  ['unknown S&T field', { ...base, fieldCodes: ['999999'] }, 'fieldCodes'],
  ['field codes not a list', { ...base, fieldCodes: 211 }, 'fieldCodes'],
  ['unknown province', { ...base, province: 'Atlantis' }, 'province'],
  ['province too long', { ...base, province: long(301) }, 'province'],
  ['province a number', { ...base, province: 1 }, 'province'],
  ['country not a code', { ...base, country: 'Vietnam' }, 'country'],
  ['unknown country', { ...base, country: 'XX' }, 'country'],
  ['owner not an id', { ...base, ownerOrganisationId: 'abc' }, 'ownerOrganisationId'],
  ['unknown owner', { ...base, ownerOrganisationId: UNKNOWN_ID }, 'ownerOrganisationId'],
  ['validity not a date', { ...base, validUntil: '31/12/2026' }, 'validUntil'],
];

describe('bad input to every offer write', () => {
  it('POST /api/offers', async () => {
    const body = (overrides: Record<string, unknown>) => ({ title: 'Lò sấy bơm nhiệt', ...overrides });
    await expectAllRejected('POST', '/api/offers', [
      ...sharedCases(body({})),
      ['missing title', { summary: 'Không có tên' }, 'title'],
      ['blank title', body({ title: '   ' }), 'title'],
      ['title a number', body({ title: 5 }), 'title'],
      ['title too long', body({ title: long(301) }), 'title'],
      ['summary too long', body({ summary: long(5001) }), 'summary'],
      ['description too long', body({ description: long(20_001) }), 'description'],
      ['sector code too long', body({ sectorCode: 'ZZZ' }), 'sectorCode'],
      ['unknown sector', body({ sectorCode: 'Z' }), 'sectorCode'],
      ['unknown VSIC section', body({ vsicSections: ['ZZ'] }), 'vsicSections'],
      ['TRL 0', body({ trl: 0 }), 'trl'],
      ['TRL 7.5', body({ trl: 7.5 }), 'trl'],
      ['TRL a string', body({ trl: '7' }), 'trl'],
      ['unknown IP status', body({ ipStatus: 'secret' }), 'ipStatus'],
      ['unknown deal type', body({ transferForms: ['gift'] }), 'transferForms.0'],
      ['unknown transfer right', body({ transferRights: ['everything'] }), 'transferRights'],
      ['unknown transfer mode', body({ transferModes: ['telepathy'] }), 'transferModes'],
      ['negative price', body({ priceVnd: -1 }), 'priceVnd'],
      ['fractional price', body({ priceVnd: 1.5 }), 'priceVnd'],
      ['price a string', body({ priceVnd: '450 triệu' }), 'priceVnd'],
      ['unknown owner type', body({ ownerType: 'alien' }), 'ownerType'],
      ['bad contact email', body({ contactEmail: 'nope' }), 'contactEmail'],
      ['bad contact phone', body({ contactPhone: 'call me' }), 'contactPhone'],
    ]);
  });

  it('PATCH /api/offers/{id}', async () => {
    await expectAllRejected('PATCH', `/api/offers/${ids.offer}`, [
      ['malformed JSON', MALFORMED],
      ['missing version', { title: 'Tên mới' }, 'version'],
      ['version a string', { version: 'one' }, 'version'],
      ['version zero', { version: 0 }, 'version'],
      ['title null', { version: 1, title: null }, 'title'],
      ['title too long', { version: 1, title: long(301) }, 'title'],
      ['TRL 10', { version: 1, trl: 10 }, 'trl'],
      ['unknown province', { version: 1, province: 'Atlantis' }, 'province'],
      ['unknown S&T field', { version: 1, fieldCodes: ['999999'] }, 'fieldCodes'],
    ]);
    await expectAllRejected('PATCH', '/api/offers/not-a-uuid', [['bad id', { version: 1 }, 'params.id']]);
  });
});

describe('bad input to every demand write', () => {
  it('POST /api/demands', async () => {
    const body = (overrides: Record<string, unknown>) => ({ title: 'Cần công nghệ xử lý nước thải', ...overrides });
    await expectAllRejected('POST', '/api/demands', [
      ...sharedCases(body({})),
      ['missing title', { publicSummary: 'Không có tên' }, 'title'],
      ['title too long', body({ title: long(301) }), 'title'],
      ['public summary too long', body({ publicSummary: long(5001) }), 'publicSummary'],
      ['confidential details a string', body({ confidentialDetails: 'bí mật' }), 'confidentialDetails'],
      ['confidential problem too long', body({ confidentialDetails: { problem: long(5001) } }), 'confidentialDetails.problem'],
      ['minimum TRL 0', body({ minTrl: 0 }), 'minTrl'],
      ['negative budget', body({ budgetMinVnd: -1 }), 'budgetMinVnd'],
      ['budget upside down', body({ budgetMinVnd: 10, budgetMaxVnd: 5 }), 'budgetMaxVnd'],
      ['deadline not a date', body({ deadline: 'soon' }), 'deadline'],
      ['unknown preferred deal type', body({ preferredTransferForms: ['gift'] }), 'preferredTransferForms.0'],
      ['seekAbroad a string', body({ seekAbroad: 'yes' }), 'seekAbroad'],
      ['target country not a code', body({ targetCountries: ['Japan'] }), 'targetCountries.0'],
      ['bad contact email', body({ contactEmail: 'nope' }), 'contactEmail'],
    ]);
  });

  it('PATCH /api/demands/{id}', async () => {
    await expectAllRejected('PATCH', `/api/demands/${ids.demand}`, [
      ['malformed JSON', MALFORMED],
      ['missing version', { title: 'Tên mới' }, 'version'],
      ['minimum TRL 10', { version: 1, minTrl: 10 }, 'minTrl'],
      ['budget upside down', { version: 1, budgetMinVnd: 10, budgetMaxVnd: 5 }, 'budgetMaxVnd'],
      ['unknown province', { version: 1, province: 'Atlantis' }, 'province'],
    ]);
    await expectAllRejected('PATCH', '/api/demands/not-a-uuid', [['bad id', { version: 1 }, 'params.id']]);
  });
});

describe('bad input to every expert write', () => {
  it('POST /api/experts', async () => {
    const body = (overrides: Record<string, unknown>) => ({ name: 'PGS.TS. Lê Thị Mai', ...overrides });
    await expectAllRejected('POST', '/api/experts', [
      ...sharedCases(body({})),
      ['missing name', { bio: 'Không có tên' }, 'name'],
      ['blank name', body({ name: ' ' }), 'name'],
      ['name too long', body({ name: long(201) }), 'name'],
      ['academic title too long', body({ title: long(101) }), 'title'],
      ['bio too long', body({ bio: long(5001) }), 'bio'],
      ['too many services', body({ services: Array.from({ length: 21 }, (_, i) => `Dịch vụ ${i}`) }), 'services'],
      ['a blank service', body({ services: [' '] }), 'services.0'],
      ['bad email', body({ email: 'nope' }), 'email'],
      ['bad phone', body({ phone: 'call me' }), 'phone'],
    ]);
  });

  it('PATCH /api/experts/{id}', async () => {
    await expectAllRejected('PATCH', `/api/experts/${ids.expert}`, [
      ['malformed JSON', MALFORMED],
      ['missing version', { name: 'Tên mới' }, 'version'],
      ['name null', { version: 1, name: null }, 'name'],
      ['unknown S&T field', { version: 1, fieldCodes: ['999999'] }, 'fieldCodes'],
    ]);
  });
});

describe('bad input to workflow actions', () => {
  it('POST /api/{offers|demands|experts}/{id}/return and the other actions', async () => {
    for (const [segment, id] of [
      ['offers', ids.offer],
      ['demands', ids.demand],
      ['experts', ids.expert],
    ] as const) {
      await expectAllRejected('POST', `/api/${segment}/${id}/return`, [
        ['malformed JSON', MALFORMED],
        ['missing reason', {}, 'reason'],
        ['blank reason', { reason: '   ' }, 'reason'],
        ['reason a number', { reason: 5 }, 'reason'],
        ['reason too long', { reason: long(5001) }, 'reason'],
      ]);
      for (const action of ['submit', 'publish', 'archive', 'return']) {
        await expectAllRejected('POST', `/api/${segment}/not-a-uuid/${action}`, [['bad id', { reason: 'Thiếu thông tin' }, 'params.id']]);
      }
    }
  });
});

describe('bad input to attachments and imports', () => {
  const pdf = { name: 'a.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') };
  const send = async (url: string, body: { payload: Buffer; headers: Record<string, string> }) =>
    admin.request('POST', url, body.payload, { headers: body.headers });

  it('POST /api/{offers|demands|experts}/{id}/attachments', async () => {
    const before = await rowCounts();
    for (const [segment, id] of [
      ['offers', ids.offer],
      ['demands', ids.demand],
      ['experts', ids.expert],
    ] as const) {
      const url = `/api/${segment}/${id}/attachments`;
      expectRejected(await admin.request('POST', url, '{"file": "x"}'));
      expectRejected(await send(`/api/${segment}/not-a-uuid/attachments`, multipart({}, pdf)), 'params.id');
      expectRejected(await send(`${url}?confidential=maybe`, multipart({}, pdf)), 'querystring.confidential');
      expectRejected(await send(url, multipart({}, { name: 'empty.pdf', data: Buffer.alloc(0) })), 'file');
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('POST /api/imports', async () => {
    const before = await rowCounts();
    const lines = { name: 'offers.jsonl', data: Buffer.from('{"externalId":"X-1","title":"Lò sấy"}\n') };
    expectRejected(await admin.request('POST', '/api/imports', '{"type": "offers"}'));
    expectRejected(await send('/api/imports', multipart({ format: 'jsonl' }, lines)), 'type');
    expectRejected(await send('/api/imports', multipart({ type: 'experts', format: 'jsonl' }, lines)), 'type');
    expectRejected(await send('/api/imports', multipart({ type: 'offers', format: 'csv' }, lines)), 'format');
    expectRejected(await send('/api/imports', multipart({ type: 'offers' }, { name: 'offers.txt', data: lines.data })), 'format');
    expect(await rowCounts()).toEqual(before);
  });
});
