import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationRecord } from '../../src/server/modules/organisations/organisations.repository.js';
import { newOrganisation, newUser, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { expectRejected, organisationBody, rowCounts } from './support.js';

let ctx: TestContext;
let admin: TestClient;
let organisation: OrganisationRecord;
let memberId: string;
const db = () => ctx.database.db;
const long = (n: number) => 'ạ'.repeat(n);
const MALFORMED = '{"nameVi": ';

beforeAll(async () => {
  ctx = await createTestApp();
  organisation = await newOrganisation(db());
  // A platform admin who also administers the organisation passes every authorisation check, so only the input is at fault.
  admin = (await signedInClient(ctx.app, db(), { organisationId: organisation.id, role: 'admin', platformRole: 'admin' })).client;
  memberId = (await newUser(db())).id;
});
afterAll(async () => ctx?.close());

type Case = [label: string, body: unknown, path?: string];

async function expectAllRejected(method: 'POST' | 'PATCH' | 'DELETE', url: string, cases: Case[]) {
  const before = await rowCounts(db());
  for (const [label, body, path] of cases) {
    const response = await admin.request(method, url, body);
    expect.soft(response.statusCode, `${label}: ${response.body}`).toBeLessThan(500);
    expectRejected(response, path);
  }
  expect(await rowCounts(db())).toEqual(before);
}

describe('bad input to every organisation write', () => {
  it('POST /api/organisations', async () => {
    await expectAllRejected('POST', '/api/organisations', [
      ['malformed JSON', MALFORMED],
      ['an array', '[]'],
      ['missing nameVi', organisationBody({ nameVi: undefined }), 'nameVi'],
      ['missing kind', organisationBody({ kind: undefined }), 'kind'],
      ['missing country', organisationBody({ country: undefined }), 'country'],
      ['blank nameVi', organisationBody({ nameVi: '   ' }), 'nameVi'],
      ['nameVi a number', organisationBody({ nameVi: 5 }), 'nameVi'],
      ['vsicSections a string', organisationBody({ vsicSections: 'C' }), 'vsicSections'],
      ['unknown kind', organisationBody({ kind: 'alien' }), 'kind'],
      ['nameVi too long', organisationBody({ nameVi: long(301) }), 'nameVi'],
      ['nameEn too long', organisationBody({ nameEn: long(301) }), 'nameEn'],
      ['address too long', organisationBody({ address: long(301) }), 'address'],
      ['description too long', organisationBody({ description: long(5001) }), 'description'],
      ['tax code 123', organisationBody({ taxCode: '123' }), 'taxCode'],
      ['tax code of 11 digits', organisationBody({ taxCode: '01012345678' }), 'taxCode'],
      ['branch suffix of 1 digit', organisationBody({ taxCode: '0101234567-1' }), 'taxCode'],
      ['tax code a number', organisationBody({ taxCode: 101234567 }), 'taxCode'],
      ['unknown province', organisationBody({ province: 'Atlantis' }), 'province'],
      ['no province in Viet Nam', organisationBody({ province: undefined }), 'province'],
      ['unknown VSIC section', organisationBody({ vsicSections: ['C', 'ZZ'] }), 'vsicSections'],
      ['unknown country', organisationBody({ country: 'XX' }), 'country'],
      ['country not a code', organisationBody({ country: 'Vietnam' }), 'country'],
      ['bad email', organisationBody({ email: 'not-an-email' }), 'email'],
      ['script website', organisationBody({ website: 'javascript:alert(1)' }), 'website'],
      ['bad phone', organisationBody({ phone: 'call me' }), 'phone'],
      ['unknown size', organisationBody({ size: 'huge' }), 'size'],
      ['covered countries not a list', organisationBody({ coveredCountries: 'JP' }), 'coveredCountries'],
    ]);
  });

  it('PATCH /api/organisations/{id}', async () => {
    const url = `/api/organisations/${organisation.id}`;
    await expectAllRejected('PATCH', url, [
      ['malformed JSON', MALFORMED],
      ['missing version', { nameVi: 'Tên mới' }, 'version'],
      ['version a string', { version: 'one' }, 'version'],
      ['version zero', { version: 0 }, 'version'],
      ['nameVi too long', { version: 1, nameVi: long(301) }, 'nameVi'],
      ['nameVi null', { version: 1, nameVi: null }, 'nameVi'],
      ['tax code 123', { version: 1, taxCode: '123' }, 'taxCode'],
      ['tax code of 11 digits', { version: 1, taxCode: '01012345678' }, 'taxCode'],
      ['branch suffix of 1 digit', { version: 1, taxCode: '0101234567-1' }, 'taxCode'],
      ['unknown province', { version: 1, province: 'Atlantis' }, 'province'],
      ['province removed in Viet Nam', { version: 1, province: null }, 'province'],
      ['unknown VSIC section', { version: 1, vsicSections: ['ZZ'] }, 'vsicSections'],
    ]);
    await expectAllRejected('PATCH', '/api/organisations/not-a-uuid', [['bad id', { version: 1 }, 'params.id']]);
  });

  it('POST /api/organisations/{id}/verify', async () => {
    await expectAllRejected('POST', `/api/organisations/${organisation.id}/verify`, [
      ['malformed JSON', MALFORMED],
      ['missing verified', {}, 'verified'],
      ['verified a string', { verified: 'yes' }, 'verified'],
    ]);
  });
});

describe('bad input to every membership and invitation write', () => {
  it('POST /api/organisations/{id}/join-requests', async () => {
    await expectAllRejected('POST', `/api/organisations/${organisation.id}/join-requests`, [
      ['malformed JSON', MALFORMED],
      ['message a number', { message: 5 }, 'message'],
      ['message too long', { message: long(1001) }, 'message'],
    ]);
    await expectAllRejected('POST', '/api/organisations/123/join-requests', [['bad id', {}, 'params.id']]);
  });

  it('PATCH and DELETE /api/organisations/{id}/members/{userId}', async () => {
    await expectAllRejected('PATCH', `/api/organisations/${organisation.id}/members/${memberId}`, [
      ['malformed JSON', MALFORMED],
      ['nothing to change', {}, 'status'],
      ['unknown status', { status: 'banned' }, 'status'],
      ['unknown role', { role: 'owner' }, 'role'],
      ['role a number', { role: 1 }, 'role'],
    ]);
    await expectAllRejected('DELETE', '/api/organisations/not-a-uuid/members/someone', [['bad id', undefined, 'params.id']]);
  });

  it('POST and DELETE /api/organisations/{id}/invitations, POST /api/invitations/{token}/accept', async () => {
    await expectAllRejected('POST', `/api/organisations/${organisation.id}/invitations`, [
      ['malformed JSON', MALFORMED],
      ['missing email', { role: 'member' }, 'email'],
      ['bad email', { email: 'nope', role: 'member' }, 'email'],
      ['email too long', { email: `${'a'.repeat(250)}@example.vn`, role: 'member' }, 'email'],
      ['unknown role', { email: 'a@example.vn', role: 'owner' }, 'role'],
    ]);
    await expectAllRejected('DELETE', `/api/organisations/${organisation.id}/invitations/not-a-uuid`, [['bad id', undefined, 'params.invitationId']]);
    await expectAllRejected('POST', '/api/invitations/short/accept', [['short token', {}, 'params.token']]);
  });
});
