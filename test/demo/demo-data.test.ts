import { count, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  connectionPoints,
  demands,
  experts,
  legacyProvinces,
  memberships,
  offers,
  organisations,
  provinces,
  referenceItems,
  users,
} from '../../src/db/schema/index.js';
import { isValidTaxCode } from '../../src/domain/organisations/tax-code.js';
import { DEMO_PASSWORD, demoPeople } from '../../src/seed/demo/data/people.js';
import { hasValidCheckDigit } from '../../src/seed/demo/tax-codes.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { demoSettings } from '../support/test-config.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let current: Set<string>;
let legacy: Map<string, string>;

beforeAll(async () => {
  ctx = await createTestApp(demoSettings);
  current = new Set((await ctx.database.db.select({ code: provinces.code }).from(provinces)).map((p) => p.code));
  legacy = new Map((await ctx.database.db.select().from(legacyProvinces)).map((l) => [l.code, l.mergedInto]));
});
afterAll(async () => ctx?.close());

const countOf = async (table: PgTable) => (await ctx.database.db.select({ n: count() }).from(table))[0].n;
const tableCounts = async () =>
  Object.fromEntries(
    await Promise.all(
      Object.entries({ organisations, users, memberships, connectionPoints, offers, demands, experts, auditLog }).map(
        async ([name, table]) => [name, await countOf(table)] as const,
      ),
    ),
  );

/** A record's current province exists, and a legacy one rolls up into it. */
function expectProvinces(label: string, provinceCode: string | null, legacyProvinceCode: string | null) {
  if (provinceCode) expect(current.has(provinceCode), `${label}: ${provinceCode}`).toBe(true);
  if (legacyProvinceCode) expect(legacy.get(legacyProvinceCode), `${label}: legacy ${legacyProvinceCode}`).toBe(provinceCode);
}

describe('demo organisations and accounts', () => {
  it('loads the agency, departments, centres, enterprises, suppliers, foreign partners and offices', async () => {
    const rows = await ctx.database.db.select({ kind: organisations.kind, n: count() }).from(organisations).groupBy(organisations.kind);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    expect(byKind).toMatchObject({ agency: 1, dost: 13, centre: 13, foreign: 9, 'rep-office': 6 });
    expect(byKind.enterprise).toBeGreaterThanOrEqual(32);
    expect(byKind.institute + byKind.university).toBeGreaterThanOrEqual(10);

    const foreign = await ctx.database.db.select().from(organisations).where(eq(organisations.kind, 'foreign'));
    expect(new Set(foreign.map((f) => f.country))).toEqual(new Set(['KR', 'JP', 'CN', 'SG']));
    expect(foreign.every((f) => f.provinceCode === null && f.nameEn)).toBe(true);
    const offices = await ctx.database.db.select().from(organisations).where(eq(organisations.kind, 'rep-office'));
    expect(offices.every((o) => o.coveredCountries.length > 0)).toBe(true);
  });

  it('has 13 connection points on current provinces, Nghệ An serving the North Central region', async () => {
    const points = await ctx.database.db.select().from(connectionPoints);
    expect(points).toHaveLength(13);
    expect(points.flatMap((p) => p.provinces).filter((code) => !current.has(code))).toEqual([]);
    const [ngheAn] = points.filter((p) => p.nameVi.includes('Nghệ An'));
    expect(ngheAn.provinces).toEqual(expect.arrayContaining(['40', '38', '42', '44', '46']));
  });

  it('gives organisations valid, unique tax codes (branches 10-3) and known provinces', async () => {
    const orgs = await ctx.database.db.select().from(organisations);
    const codes = orgs.map((o) => o.taxCode).filter((c): c is string => c !== null);
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((c) => !isValidTaxCode(c) || !hasValidCheckDigit(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => /^\d{10}-\d{3}$/.test(c)).length).toBeGreaterThanOrEqual(2);
    for (const org of orgs) expectProvinces(org.nameVi, org.provinceCode, org.legacyProvinceCode);
  });

  it('lets every demo account and the platform admin sign in through the API with the demo password', async () => {
    for (const email of [...demoPeople.map((p) => p.email), 'admin@techbridge.local']) {
      const client = await new TestClient(ctx.app).signIn(email, DEMO_PASSWORD);
      expect((await client.get('/api/auth/me')).json().user.email).toBe(email);
    }
    const staff = await new TestClient(ctx.app).signIn('diemketnoi.nghean@techbridge.local', DEMO_PASSWORD);
    expect(JSON.stringify((await staff.get('/api/auth/me')).json())).toContain('centre');
  });
});

describe('demo catalogue', () => {
  it('holds over 200 offers, about 30 of them in English from the foreign partners', async () => {
    const rows = await ctx.database.db.select().from(offers);
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const english = rows.filter((o) => o.language === 'en');
    expect(english.length).toBeGreaterThanOrEqual(30);
    expect(new Set(english.map((o) => o.country))).toEqual(new Set(['KR', 'JP', 'CN', 'SG']));
    expect(english.every((o) => o.ownerType === 'foreign' && o.provinceCode === null)).toBe(true);
    expect(rows.filter((o) => o.status === 'published').length).toBeGreaterThan(rows.length * 0.7);
    expect(new Set(rows.map((o) => o.status))).toEqual(new Set(['published', 'submitted', 'draft', 'returned', 'archived']));
    expect(rows.filter((o) => o.status === 'returned').every((o) => o.returnReason)).toBe(true);
    expect(new Set(rows.map((o) => o.title)).size).toBe(rows.length);
    // 2021–2023: the technologies shown at Techconnect 2023, in the supply database before it or taken in after it.
    expect(new Set(rows.map((o) => o.publishedAt?.getUTCFullYear()).filter(Boolean))).toEqual(new Set([2021, 2022, 2023, 2024, 2025, 2026]));
    for (const o of rows) {
      expectProvinces(o.title, o.provinceCode, o.legacyProvinceCode);
      expect(o.trl).toBeGreaterThanOrEqual(1);
      expect(o.trl).toBeLessThanOrEqual(9);
    }
  });

  it('holds over 120 demands with a public summary and confidential details, some seeking technology abroad', async () => {
    const rows = await ctx.database.db.select().from(demands);
    expect(rows.length).toBeGreaterThanOrEqual(120);
    for (const d of rows) {
      expect(d.publicSummary?.length).toBeGreaterThan(50);
      expect(d.confidentialDetails).toMatchObject({ problem: expect.any(String), currentProcess: expect.any(String), targets: expect.any(String) });
      // The confidential text must not leak into the public summary.
      expect(d.publicSummary).not.toContain(d.confidentialDetails.problem!);
      expectProvinces(d.title, d.provinceCode, d.legacyProvinceCode);
    }
    const abroad = rows.filter((d) => d.seekAbroad);
    expect(abroad.length).toBeGreaterThanOrEqual(15);
    expect(abroad.every((d) => d.targetCountries.length > 0)).toBe(true);
    expect(rows.filter((d) => d.status === 'open').length).toBeGreaterThan(rows.length / 2);
  });

  it('leaves work in the moderation queues of the demo connection-point accounts', async () => {
    const waiting = (provinceCodes: string[]) =>
      ctx.database.db
        .select({ n: count() })
        .from(demands)
        .where(sql`${demands.status} = 'submitted' and ${demands.provinceCode} = any(${sql.param(provinceCodes)}::text[])`);
    expect((await waiting(['40', '38', '42', '44', '46']))[0].n).toBeGreaterThanOrEqual(4);
    expect((await waiting(['52']))[0].n).toBeGreaterThanOrEqual(1);
  });

  it('uses only known S&T field codes and VSIC sections', async () => {
    const codes = await ctx.database.db.select().from(referenceItems);
    const fields = new Set(codes.filter((c) => c.category === 'st-field').map((c) => c.code));
    const sections = new Set(codes.filter((c) => c.category === 'vsic-section').map((c) => c.code));
    const records = [...(await ctx.database.db.select().from(offers)), ...(await ctx.database.db.select().from(demands))];
    expect(records.flatMap((r) => r.fieldCodes).filter((c) => !fields.has(c))).toEqual([]);
    expect(records.flatMap((r) => r.vsicSections).filter((c) => !sections.has(c))).toEqual([]);
    const expertFields = (await ctx.database.db.select().from(experts)).flatMap((e) => e.fieldCodes);
    expect(expertFields.filter((c) => !fields.has(c))).toEqual([]);
  });

  it('does not repeat the same sentence across many offer descriptions', async () => {
    const rows = await ctx.database.db.select({ description: offers.description }).from(offers);
    const seen = new Map<string, number>();
    for (const sentence of rows.flatMap((r) => (r.description ?? '').split(/(?<=\.)\s+/))) seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
    expect(Math.max(...seen.values())).toBeLessThanOrEqual(rows.length * 0.1);
  });

  it('lets a visitor find the fish-sauce technologies by searching without diacritics', async () => {
    const response = await new TestClient(ctx.app).get('/api/offers?q=nuoc%20mam');
    expect(response.statusCode).toBe(200);
    const titles: string[] = response.json().items.map((o: { title: string }) => o.title);
    expect(titles.filter((t) => t.includes('nước mắm')).length).toBeGreaterThanOrEqual(2);
  });

  it('lets a visitor find foreign offers in Vietnamese through their translated titles', async () => {
    const response = await new TestClient(ctx.app).get('/api/offers?q=dien%20mat%20troi%20noi');
    expect(response.statusCode).toBe(200);
    const found: { language: string; country: string }[] = response.json().items;
    expect(found.some((o) => o.language === 'en' && o.country === 'JP')).toBe(true);
  });

  it('publishes about 25 expert profiles, with accounts for the institute researcher and the award council’s five experts', async () => {
    const rows = await ctx.database.db.select().from(experts);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.every((e) => e.status === 'published' && e.ownerOrganisationId)).toBe(true);
    const withAccounts = rows.filter((e) => e.userId);
    expect(withAccounts).toHaveLength(6);
    expect(withAccounts.filter((e) => e.externalId?.startsWith('demo-council-expert-'))).toHaveLength(5);
  });
});

describe('loading again', () => {
  it('writes a system audit entry for every seeded record', async () => {
    const [{ n }] = await ctx.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(sql`${auditLog.actorEmail} = 'system' and ${auditLog.action} like '%.seed'`);
    const seeded =
      (await countOf(organisations)) +
      demoPeople.length +
      (await countOf(connectionPoints)) +
      (await countOf(offers)) +
      (await countOf(demands)) +
      (await countOf(experts));
    expect(n).toBe(seeded);
  });

  it('adds nothing when the database is prepared again', async () => {
    const before = await tableCounts();
    await prepareDatabase(ctx.database, ctx.config);
    expect(await tableCounts()).toEqual(before);
  });
});
