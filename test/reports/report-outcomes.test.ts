import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { agreements, connectionPoints, connections } from '../../src/db/schema/index.js';
import { progressStages, stagesReached, type ConnectionStage, type ProgressStage } from '../../src/domain/connections/stages.js';
import { DEMO_PASSWORD } from '../../src/seed/demo/data/people.js';
import { agencyClient, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ loadDemoData: true, adminEmail: 'admin@techbridge.local', adminPassword: DEMO_PASSWORD });
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
