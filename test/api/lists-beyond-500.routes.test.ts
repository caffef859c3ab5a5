import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentMethodologies,
  awardRounds,
  demandForeignOffers,
  demands,
  events,
  experts,
  offers,
  organisations,
  savedListings,
} from '../../src/db/schema/index.js';
import { agencyClient, newDemand, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { foreignCursors, walkPages, type Page } from '../support/walk-pages.js';

/**
 * The lists that used to answer everything at once (or a capped or numbered page) now page by cursor
 * with their real total past 500 rows: walking `nextCursor` reaches every row exactly once, and
 * every page's `total` is the number of rows walked. A cursor the server did not make is a 400.
 */
let ctx: TestContext;
let anonymous: TestClient;
let agency: TestClient;
let saver: TestClient;
let seekingId: string;
let roundId: string;
const N = 520;
/** Records that were public once and left (tombstones of the open data), and drafts a saver may or may not see. */
const WITHDRAWN = 30;
const OWN_DRAFTS = 10;
const OTHERS_DRAFTS = 10;
/** Groups of near-identical demands: each group of 6 gives 15 likely-duplicate pairs. */
const GROUPS = 40;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  anonymous = new TestClient(ctx.app, 'en');
  agency = (await agencyClient(ctx.app, db, 'en')).client;
  const own = await newOrganisation(db, { kind: 'institute', provinceCode: '01' });
  const signedIn = await signedInClient(ctx.app, db, { organisationId: own.id, language: 'en' });
  saver = signedIn.client;
  const saverId = signedIn.user.id;

  // Enterprises with a patent in a published offer each: eligible for an award round on industrial property.
  const enterprises = await db
    .insert(organisations)
    .values(Array.from({ length: N }, (_, i) => ({ kind: 'enterprise', nameVi: `Doanh nghiệp sáng chế ${i % 50}`, country: 'VN', provinceCode: '40' })))
    .returning({ id: organisations.id });
  const published = await db
    .insert(offers)
    .values(
      enterprises.map((e, i) => ({
        title: `Sáng chế số ${i}`,
        status: 'published',
        publishedAt: new Date(),
        language: 'vi',
        ipStatus: 'patent',
        ownerOrganisationId: e.id,
      })),
    )
    .returning({ id: offers.id });
  const withdrawn = await db
    .insert(offers)
    .values(Array.from({ length: WITHDRAWN }, (_, i) => ({ title: `Đã rút ${i}`, status: 'archived', publishedAt: new Date(), language: 'vi' })))
    .returning({ id: offers.id });
  const ownDrafts = await db
    .insert(offers)
    .values(Array.from({ length: OWN_DRAFTS }, (_, i) => ({ title: `Nháp của mình ${i}`, status: 'draft', language: 'vi', ownerOrganisationId: own.id })))
    .returning({ id: offers.id });
  const othersDrafts = await db
    .insert(offers)
    .values(Array.from({ length: OTHERS_DRAFTS }, (_, i) => ({ title: `Nháp của người khác ${i}`, status: 'draft', language: 'vi', provinceCode: '79' })))
    .returning({ id: offers.id });
  const [round] = await db
    .insert(awardRounds)
    .values({ name: 'Đợt sáng chế', fromYear: 2000, toYear: 2100, rule: { qualifyingActivities: ['industrial-property'], minActivities: 1 } })
    .returning({ id: awardRounds.id });
  roundId = round!.id;

  // One demand with every published offer found abroad for it, all linked at the same instant (the id breaks the tie).
  seekingId = (await newDemand(db, { title: 'Cần công nghệ nước ngoài', seekAbroad: true, targetCountries: ['KR'] })).id;
  await db.insert(demandForeignOffers).values(published.map((o) => ({ demandId: seekingId, offerId: o.id, createdAt: new Date('2026-01-01T00:00:00Z') })));

  // The saver's saves: every offer above, half of them at one instant; the withdrawn and other people's drafts are not theirs to see.
  const at = (i: number) => (i % 2 ? new Date('2026-02-01T00:00:00Z') : new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
  await db
    .insert(savedListings)
    .values(
      [...published, ...withdrawn, ...ownDrafts, ...othersDrafts].map((o, i) => ({ userId: saverId, recordType: 'offer', recordId: o.id, savedAt: at(i) })),
    );

  // Open data: demands, experts and events past 500; withdrawn demands leave tombstones too.
  await db.insert(demands).values(
    Array.from({ length: N }, (_, i) => ({
      title: `Nhu cầu mở ${i}`,
      status: i < WITHDRAWN ? 'closed' : 'open',
      publishedAt: new Date(),
      publicSummary: 'Tóm tắt',
      language: 'vi',
    })),
  );
  await db.insert(experts).values(Array.from({ length: N }, (_, i) => ({ name: `Chuyên gia ${i}`, status: 'published', publishedAt: new Date() })));
  await db
    .insert(events)
    .values(Array.from({ length: N }, (_, i) => ({ kind: 'techmart', name: `Chợ công nghệ ${i}`, startsOn: '2026-05-01', endsOn: '2026-05-02' })));

  // Likely duplicates past 500 pairs: groups of identical demands, each group with its own rare words.
  const code = (g: number) => `kx${String.fromCharCode(97 + (g % 26))}${String.fromCharCode(97 + Math.floor(g / 26))}q`;
  await db.insert(demands).values(
    Array.from({ length: GROUPS * 6 }, (_, i) => {
      const g = Math.floor(i / 6);
      return {
        title: `Hệ thống lọc nước nhiễm mặn ${code(g)} cho hộ gia đình ven biển`,
        status: 'open',
        publishedAt: new Date(),
        publicSummary: `Lọc nước lợ ${code(g)} thành nước sinh hoạt, công suất 500 lít mỗi giờ`,
        keywords: [code(g)],
        language: 'vi',
        provinceCode: '40',
      };
    }),
  );

  // Methodology versions past 500: copies of the seeded one under new ids and versions.
  const [seeded] = await db.select().from(assessmentMethodologies).limit(1);
  await db.insert(assessmentMethodologies).values(
    Array.from({ length: N }, (_, i) => ({
      id: `${seeded!.id}-copy-${i}`,
      code: seeded!.code,
      version: seeded!.version + i + 1,
      status: 'published',
      document: { ...seeded!.document, id: `${seeded!.id}-copy-${i}`, version: seeded!.version + i + 1 },
    })),
  );
}, 120_000);
afterAll(async () => ctx?.close());

type Row = { id: string };
/** Walks a list and checks the truth of it: one total on every page, equal to the rows walked, none twice. */
async function walkTruly<T>(client: TestClient, path: string, idOf: (row: T) => string, limit = 100, entriesOf?: (page: Page<T>) => T[]) {
  const { rows, totals, pages } = await walkPages<T>(client, path, limit, entriesOf);
  expect(totals, path).toEqual([rows.length]);
  expect(new Set(rows.map(idOf)).size, path).toBe(rows.length);
  expect(pages, path).toBe(Math.max(1, Math.ceil(rows.length / limit)));
  return rows;
}

async function refusesForeignCursors(client: TestClient, path: string) {
  for (const cursor of foreignCursors) {
    const response = await client.get(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`);
    expect(response.statusCode, `${path} ${cursor}: ${response.body}`).toBe(400);
    expect(response.body).toContain('cursor');
  }
}

describe('lists past 500 rows, by cursor, with their real total', () => {
  it("walks a demand's foreign offers, oldest first", async () => {
    const rows = await walkTruly<Row>(anonymous, `/api/demands/${seekingId}/foreign-offers`, (r) => r.id);
    expect(rows).toHaveLength(N);
    await refusesForeignCursors(anonymous, `/api/demands/${seekingId}/foreign-offers`);
  });

  it('walks the assessment methodology versions', async () => {
    const rows = await walkTruly<Row>(anonymous, '/api/assessment-methodologies', (r) => r.id);
    const [{ n }] = await ctx.database.db.select({ n: count() }).from(assessmentMethodologies);
    expect(rows).toHaveLength(n);
    expect(n).toBeGreaterThan(N);
    await refusesForeignCursors(anonymous, '/api/assessment-methodologies');
  });

  it('walks the saves a person may see, their own drafts in and withdrawn or hidden listings out, all types or one', async () => {
    type Saved = { id: string; title: string };
    const rows = await walkTruly<Saved>(saver, '/api/saved-listings', (r) => r.id);
    expect(rows).toHaveLength(N + OWN_DRAFTS);
    expect(rows.filter((r) => r.title.startsWith('Nháp của mình'))).toHaveLength(OWN_DRAFTS);
    expect(rows.some((r) => r.title.startsWith('Đã rút') || r.title.startsWith('Nháp của người khác'))).toBe(false);
    expect(await walkTruly<Saved>(saver, '/api/saved-listings?type=offer', (r) => r.id, 37)).toHaveLength(N + OWN_DRAFTS);
    expect(await walkTruly<Saved>(saver, '/api/saved-listings?type=demand', (r) => r.id)).toHaveLength(0);
    await refusesForeignCursors(saver, '/api/saved-listings');
  });

  it('walks the open data of offers and demands with their tombstones in the same walk, and since a time', async () => {
    type Entry = { id: string };
    type Harvest = Page<Entry> & { removed: Entry[] };
    const everything = (page: Page<Entry>) => [...page.items, ...(page as Harvest).removed];
    const withdrawn = {
      offers: (await ctx.database.db.select({ n: count() }).from(offers).where(eq(offers.status, 'archived')))[0]!.n,
      demands: (await ctx.database.db.select({ n: count() }).from(demands).where(eq(demands.status, 'closed')))[0]!.n,
    };
    for (const kind of ['offers', 'demands'] as const) {
      const rows = await walkTruly<Entry>(anonymous, `/api/open-data/${kind}`, (r) => r.id, 250, everything);
      expect(rows.length).toBeGreaterThan(N);
      expect(rows.filter((r) => 'mergedIntoId' in r)).toHaveLength(withdrawn[kind]);
      const since = await walkTruly<Entry>(anonymous, `/api/open-data/${kind}?updatedSince=2000-01-01T00:00:00Z`, (r) => r.id, 250, everything);
      expect(since).toHaveLength(rows.length);
    }
  });

  it('walks the open data of experts and events', async () => {
    for (const kind of ['experts', 'events'] as const) {
      const rows = await walkTruly<Row>(anonymous, `/api/open-data/${kind}`, (r) => r.id, 250);
      expect(rows.length).toBeGreaterThanOrEqual(N);
    }
    const future = await anonymous.get('/api/open-data/events?updatedSince=2999-01-01T00:00:00Z');
    expect(future.json()).toMatchObject({ items: [], total: 0, nextCursor: null });
  });

  it('refuses cursors it did not make on the open data with 400 naming the cursor', async () => {
    for (const kind of ['offers', 'demands', 'experts', 'events']) {
      for (const cursor of foreignCursors.slice(0, 4)) {
        const response = await anonymous.get(`/api/open-data/${kind}?cursor=${cursor}`);
        expect(response.statusCode, `${kind} ${cursor}`).toBe(400);
        expect(response.body).toContain('cursor');
      }
    }
  });

  it('walks every likely duplicate pair left to review, best first, past the old 200', async () => {
    type Pair = { score: number; a: Row; b: Row };
    const rows = await walkTruly<Pair>(agency, '/api/duplicates?type=demand', (p) => `${p.a.id}|${p.b.id}`);
    expect(rows.length).toBeGreaterThanOrEqual(GROUPS * 15);
    const scores = rows.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    await refusesForeignCursors(agency, '/api/duplicates?type=demand');
  });

  it('walks every enterprise eligible for an award round, most activities first, names repeating', async () => {
    type Eligible = { enterpriseId: string };
    const rows = await walkTruly<Eligible>(agency, `/api/award-rounds/${roundId}/eligible`, (e) => e.enterpriseId, 60);
    const [{ n }] = await ctx.database.db
      .select({ n: sql<number>`count(distinct ${offers.ownerOrganisationId})::int` })
      .from(offers)
      .innerJoin(organisations, eq(organisations.id, offers.ownerOrganisationId))
      .where(sql`${offers.ipStatus} in ('patent', 'utility-solution') and ${offers.status} = 'published' and ${organisations.kind} = 'enterprise'`);
    expect(rows).toHaveLength(n);
    expect(n).toBeGreaterThanOrEqual(N);
    await refusesForeignCursors(agency, `/api/award-rounds/${roundId}/eligible`);
  });
});
