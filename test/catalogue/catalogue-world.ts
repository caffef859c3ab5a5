import { expect } from 'vitest';
import type { TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { agencyClient, newConnectionPoint, newOrganisation, signedInClient } from '../support/factories.js';

/**
 * The people of a catalogue test: an enterprise in Tuyên Quang (08, which Hà Giang 02 merged into)
 * with a member, the connection point covering 08, one covering Hà Nội (01), another enterprise,
 * agency staff and a visitor.
 */
export async function catalogueWorld(ctx: TestContext) {
  const db = ctx.database.db;
  const enterprise = await newOrganisation(db, { provinceCode: '08', nameVi: 'Công ty Chế biến Tuyên Quang' });
  const otherEnterprise = await newOrganisation(db, { provinceCode: '01' });
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '08' });
  await newConnectionPoint(db, centre.id, ['08']);
  const farCentre = await newOrganisation(db, { kind: 'centre', provinceCode: '01' });
  await newConnectionPoint(db, farCentre.id, ['01']);
  const { client: owner, user: ownerUser } = await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' });
  const { client: stranger } = await signedInClient(ctx.app, db, { organisationId: otherEnterprise.id, language: 'en' });
  const { client: staff } = await signedInClient(ctx.app, db, { organisationId: centre.id, language: 'en' });
  const { client: farStaff } = await signedInClient(ctx.app, db, { organisationId: farCentre.id, language: 'en' });
  const { client: agency } = await agencyClient(ctx.app, db, 'en');
  const visitor = new TestClient(ctx.app, 'en');
  return { enterprise, otherEnterprise, centre, owner, ownerUser, stranger, staff, farStaff, agency, visitor };
}

/** Creates a record as `owner`, submits it and has `moderator` publish it; answers its id. */
export async function publishedRecord(owner: TestClient, moderator: TestClient, path: string, body: Record<string, unknown>): Promise<string> {
  const created = await owner.post(path, body);
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await owner.post(`${path}/${id}/submit`);
  const published = await moderator.post(`${path}/${id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return id;
}
