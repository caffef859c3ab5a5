import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { agreements, connectionPoints, connections } from '../../src/db/schema/index.js';
import { progressStages, stagesReached, type ConnectionStage, type ProgressStage } from '../../src/domain/connections/stages.js';
import { agencyClient, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { demoSettings } from '../support/test-config.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp(demoSettings);
});
afterAll(async () => ctx?.close());

const years = Array.from({ length: 10 }, (_, i) => 2017 + i);
type Outcome = { connections: number; agreements: number; valueVnd: number };
type Report = {
  connections: { funnel: Array<{ stage: ProgressStage; count: number }> };
  outcomes: { mou: Outcome; contract: Outcome; transferred: { connections: number } };
  agreements: { centreContracts: { count: number } };
};

/** The funnel counted straight from the connection records: each connection opened in `year` in `provinces`, once for every stage it passed. */
async function funnelFromRecords(year: number, provinces: string[] | null) {
  const db = ctx.database.db;
  const rows = await db
    .select({ stage: connections.stage, resumeStage: connections.resumeStage })
    .from(connections)
    .where(and(sql`extract(year from ${connections.openedOn})::int = ${year}`, provinces ? inArray(connections.provinceCode, provinces) : undefined));
  const reached = new Map<ProgressStage, number>(progressStages.map((s) => [s, 0]));
  for (const row of rows) {
    const state = { stage: row.stage as ConnectionStage, resumeStage: (row.resumeStage || null) as ProgressStage | null };
    for (const stage of stagesReached(state)) reached.set(stage, reached.get(stage)! + 1);
  }
  return reached;
}

/** Agreements recorded on the connections opened in `year` in `provinces`, of the given kinds. */
async function agreementsOnConnections(year: number, provinces: string[] | null, kinds: string[]) {
  const [row] = await ctx.database.db
    .select({ count: sql<number>`count(*)::int`, valueVnd: sql<number>`coalesce(sum(${agreements.valueVnd}), 0)::float8` })
    .from(agreements)
    .innerJoin(connections, eq(agreements.connectionId, connections.id))
    .where(
      and(
        sql`extract(year from ${connections.openedOn})::int = ${year}`,
        inArray(agreements.kind, kinds),
        provinces ? inArray(connections.provinceCode, provinces) : undefined,
      ),
    );
  return { agreements: row.count, valueVnd: Number(row.valueVnd) };
}

/**
 * The stated rule: the cards "connections that reached an MoU / a contract / technology transferred"
 * are the funnel's figures for those stages, which are the connection records opened in the period that
 * passed the stage; their values are the agreements recorded on those connections; a centre's own
 * contracts (no connection) are counted apart and never inside the funnel.
 */
async function expectRuleHolds(client: TestClient, year: number, provinces: string[] | null, where: string) {
  const response = await client.get(`/api/reports/network?from=${year}&to=${year}`);
  expect(response.statusCode, where).toBe(200);
  const report = response.json() as Report;
  const funnel = new Map(report.connections.funnel.map((f) => [f.stage, f.count]));
  const records = await funnelFromRecords(year, provinces);
  expect(Object.fromEntries(funnel), where).toEqual(Object.fromEntries(records));
  expect(report.outcomes.mou, where).toEqual({ connections: funnel.get('mou'), ...(await agreementsOnConnections(year, provinces, ['mou'])) });
  expect(report.outcomes.contract, where).toEqual({
    connections: funnel.get('contract'),
    ...(await agreementsOnConnections(year, provinces, ['transfer-contract', 'consulting-contract'])),
  });
  expect(report.outcomes.transferred, where).toEqual({ connections: funnel.get('transferred') });
  return { report, records };
}

it('keeps the cards and the funnel in agreement for every year 2017–2026, nationally and for every connection point', async () => {
  const db = ctx.database.db;
  const agency = await agencyClient(ctx.app, db);
  let connectionsSeen = 0;
  let centreContractsSeen = 0;
  for (const year of years) {
    const { report, records } = await expectRuleHolds(agency.client, year, null, `national ${year}`);
    connectionsSeen += records.get('proposed')!;
    centreContractsSeen += report.agreements.centreContracts.count;
  }
  // The demo data has connections and centres' own contracts to check the rule against.
  expect(connectionsSeen).toBeGreaterThan(1000);
  expect(centreContractsSeen).toBeGreaterThan(0);

  const points = await db.select().from(connectionPoints).where(eq(connectionPoints.active, true));
  expect(points.length).toBeGreaterThan(5);
  for (const point of points) {
    const staff = await signedInClient(ctx.app, db, { organisationId: point.hostOrganisationId });
    for (const year of years) await expectRuleHolds(staff.client, year, point.provinces, `${point.nameVi} ${year}`);
  }
});

type ProvinceView = { connections: { total: number; byProvince: Array<{ province: string; count: number }> }; events: Array<{ name: string; mous: number }> };

it('shows the history in the provinces as they were before the merger: 2019 lists legacy provinces whose figures sum to 289', async () => {
  const agency = await agencyClient(ctx.app, ctx.database.db);
  const legacy = (await agency.client.get('/api/reference/provinces?kind=legacy')).json() as { items: Array<{ code: string }> };
  const legacyCodes = new Set(legacy.items.map((p) => p.code));
  const view = async (query: string) => {
    const response = await agency.client.get(`/api/reports/network?${query}`);
    expect(response.statusCode, query).toBe(200);
    return response.json() as ProvinceView;
  };

  const preMerger2019 = await view('from=2019&to=2019&level=legacy');
  expect(preMerger2019.connections.byProvince.length).toBeGreaterThan(1);
  expect(preMerger2019.connections.byProvince.filter((p) => !legacyCodes.has(p.province))).toEqual([]);
  expect(preMerger2019.connections.byProvince.reduce((sum, p) => sum + p.count, 0)).toBe(289);

  // Every year of the history adds up the same in both views.
  for (const year of [2017, 2018, 2020, 2021, 2022, 2023, 2024]) {
    const [before, now] = await Promise.all([view(`from=${year}&to=${year}&level=legacy`), view(`from=${year}&to=${year}`)]);
    const placed = before.connections.byProvince.filter((p) => legacyCodes.has(p.province)).reduce((sum, p) => sum + p.count, 0);
    expect(placed, `${year}`).toBe(now.connections.total);
  }

  // Techdemo 2019 was in Pleiku: the old Gia Lai (64), which is now part of the new Gia Lai (52).
  const oldGiaLai = await view('from=2019&to=2019&level=legacy&province=64');
  expect(oldGiaLai.events.map((e) => e.mous)).toEqual([12]);
  const oldBinhDinh = await view('from=2019&to=2019&level=legacy&province=52');
  expect(oldBinhDinh.events).toEqual([]);
  const newGiaLai = await view('from=2019&to=2019&province=52');
  expect(newGiaLai.events.map((e) => e.mous)).toEqual([12]);
});
