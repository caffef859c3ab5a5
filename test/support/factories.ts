import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../../src/db/client.js';
import { accounts, connectionPoints, demands, memberships, offers, organisations, users } from '../../src/db/schema/index.js';
import type { FastifyInstance } from 'fastify';
import { TestClient } from './test-client.js';

export const TEST_PASSWORD = 'Test@12345';
let passwordHash: Promise<string> | undefined;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${++counter}`;

/** A verified user with TEST_PASSWORD, inserted directly (hashing once per test file keeps tests fast). */
export async function newUser(db: Db, fields: Partial<typeof users.$inferInsert> = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = crypto.randomUUID();
  const [user] = await db
    .insert(users)
    .values({ id, name: `Người dùng ${counter}`, email: `user-${unique()}@test.local`, emailVerified: true, ...fields })
    .returning();
  await db.insert(accounts).values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: await passwordHash });
  return user;
}

export async function newOrganisation(db: Db, fields: Partial<typeof organisations.$inferInsert> = {}) {
  const [org] = await db
    .insert(organisations)
    .values({ kind: 'enterprise', nameVi: `Công ty thử nghiệm ${unique()}`, country: 'VN', provinceCode: '40', ...fields })
    .returning();
  return org;
}

export async function addMember(db: Db, organisationId: string, userId: string, role: 'admin' | 'member' = 'member') {
  await db.insert(memberships).values({ organisationId, userId, role, status: 'active' });
}

export async function newConnectionPoint(db: Db, hostOrganisationId: string, provinces: string[]) {
  const [point] = await db
    .insert(connectionPoints)
    .values({ hostOrganisationId, nameVi: `Điểm kết nối ${unique()}`, provinces })
    .returning();
  return point;
}

/** A signed-in client for a new user, optionally a member of an organisation. */
export async function signedInClient(
  app: FastifyInstance,
  db: Db,
  options: { organisationId?: string; role?: 'admin' | 'member'; platformRole?: 'admin' | 'user'; language?: 'vi' | 'en' } = {},
) {
  const user = await newUser(db, { role: options.platformRole ?? 'user' });
  if (options.organisationId) await addMember(db, options.organisationId, user.id, options.role ?? 'member');
  const client = await new TestClient(app, options.language).signInAs(user.id);
  return { client, user };
}

/** A signed-in member of a new central-agency organisation (agency staff act network-wide). */
export async function agencyClient(app: FastifyInstance, db: Db, language: 'vi' | 'en' = 'vi') {
  const agency = await newOrganisation(db, { kind: 'agency', nameVi: `Cục thử nghiệm ${unique()}` });
  return signedInClient(app, db, { organisationId: agency.id, language });
}

/** A published offer, inserted directly. */
export async function newOffer(db: Db, fields: Partial<typeof offers.$inferInsert> = {}) {
  const [offer] = await db
    .insert(offers)
    .values({ title: `Công nghệ thử nghiệm ${unique()}`, status: 'published', publishedAt: new Date(), language: 'vi', ...fields })
    .returning();
  return offer;
}

/** An open demand with confidential details, inserted directly. */
export async function newDemand(db: Db, fields: Partial<typeof demands.$inferInsert> = {}) {
  const [demand] = await db
    .insert(demands)
    .values({
      title: `Nhu cầu thử nghiệm ${unique()}`,
      status: 'open',
      publishedAt: new Date(),
      publicSummary: 'Tóm tắt công khai',
      confidentialDetails: { problem: 'Chi tiết mật của doanh nghiệp' },
      language: 'vi',
      ...fields,
    })
    .returning();
  return demand;
}

type OfferRow = typeof offers.$inferInsert;

/** A published offer in Viet Nam for catalogue-size tests: one field, enterprise-owned, under a licence. */
export const publishedOfferRow = (fields: Pick<OfferRow, 'title' | 'summary'> & Partial<OfferRow>): OfferRow => ({
  language: 'vi',
  sectorCode: 'C',
  fieldCodes: ['401'],
  transferForms: ['licence'],
  ownerType: 'enterprise',
  country: 'VN',
  status: 'published',
  ...fields,
});

/** Offers inserted a thousand to a statement: one statement for thousands would bind too many parameters. */
export async function insertOffers(db: Db, rows: OfferRow[]) {
  for (let i = 0; i < rows.length; i += 1_000) await db.insert(offers).values(rows.slice(i, i + 1_000));
}
