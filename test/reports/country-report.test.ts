import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connections, offers } from '../../src/db/schema/index.js';
import { progressStages, stagesReached, type ConnectionStage, type ProgressStage } from '../../src/domain/connections/stages.js';
import { connectionsWorld } from '../connections/connections-world.js';
import { newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
let korea: TestClient;
let japan: TestClient;
const year = new Date().getFullYear();

type Funnel = Array<{ stage: string; count: number }>;

async function advance(client: TestClient, id: string, stages: string[]) {
  for (const stage of stages) {
    const current = (await client.get(`/api/connections/${id}`)).json();
    const moved = await client.post(`/api/connections/${id}/stage`, { stage, version: current.version });
    expect(moved.statusCode, stage).toBe(200);
  }
}

beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
  const db = ctx.database.db;
  const krOffice = await newOrganisation(db, { kind: 'rep-office', country: 'KR', provinceCode: null, coveredCountries: ['KR'] });
  const jpOffice = await newOrganisation(db, { kind: 'rep-office', country: 'JP', provinceCode: null, coveredCountries: ['JP'] });
  korea = (await signedInClient(ctx.app, db, { organisationId: krOffice.id, language: 'en' })).client;
  japan = (await signedInClient(ctx.app, db, { organisationId: jpOffice.id, language: 'en' })).client;
  const seeking = (title: string, targetCountries: string[]) =>
    newDemand(db, { ownerOrganisationId: world.enterprise.id, provinceCode: '40', seekAbroad: true, targetCountries, title });
  const bottling = await seeking('Dây chuyền chiết rót nước mắm', ['KR']);
  const sensors = await seeking('Cảm biến ao nuôi tôm', ['KR', 'JP']);
  await seeking('Máy sấy lạnh thủy sản', ['KR']);
  await seeking('Robot hàn khung xe', ['JP']);
  // Korea records one new Korean offer and links one already on the platform.
  const recorded = await korea.post(`/api/demands/${bottling.id}/foreign-offers`, {
    offer: { language: 'en', title: 'Bottling line', country: 'KR', ownerName: 'Busan Machinery', ownerType: 'foreign' },
  });
  expect(recorded.statusCode).toBe(201);
  const [line] = await db.select().from(offers).where(eq(offers.title, 'Bottling line'));
  const sensor = await newOffer(db, { title: 'Pond sensor kit', country: 'KR', ownerName: 'Daejeon Sensors', fieldCodes: ['202'] });
  expect((await korea.post(`/api/demands/${sensors.id}/foreign-offers`, { offerId: sensor.id })).statusCode).toBe(201);
  // Two connections with Korean partners; one goes on to a contract. A domestic one stays proposed.
  const start = (demandId: string, offerId: string) => korea.post('/api/connections', { demandId, offerId, origin: 'broker', channel: 'rep-office' });
  const first = (await start(bottling.id, line.id)).json();
  expect((await start(sensors.id, sensor.id)).statusCode).toBe(201);
  await advance(world.agency.client, first.id, ['accepted', 'meeting', 'mou', 'contract']);
  const domestic = await world.seeker.client.post('/api/connections', {
    demandId: world.demand.id,
    offerId: world.offer.id,
    origin: 'match',
    message: 'Xin kết nối',
  });
  expect(domestic.statusCode, domestic.body).toBe(201);
});
afterAll(async () => ctx?.close());

/** The funnel counted straight from the connection records with a Korean partner opened this year. */
async function koreanFunnelFromRecords() {
  const rows = await ctx.database.db.select().from(connections).where(eq(connections.partnerCountry, 'KR'));
  const reached = new Map<string, number>(progressStages.map((s) => [s, 0]));
  for (const row of rows.filter((r) => r.openedOn.startsWith(String(year)))) {
    for (const stage of stagesReached({ stage: row.stage as ConnectionStage, resumeStage: (row.resumeStage || null) as ProgressStage | null }))
      reached.set(stage, reached.get(stage)! + 1);
  }
  return Object.fromEntries(reached);
}

it("gives a representative office its own country's figures for this year, each by the network report's rule", async () => {
  const response = await korea.get('/api/reports/country?country=KR');
  expect(response.statusCode).toBe(200);
  const report = response.json();
  expect(report.scope).toEqual({ country: 'KR', from: year, to: year });
  expect(report).toMatchObject({ demandsSeeking: 3, demandsWaiting: 3, foreignOffersRecorded: 2, offersCollected: 2 });
  expect(report.connections.total).toBe(2);
  expect(Object.fromEntries((report.connections.funnel as Funnel).map((f) => [f.stage, f.count]))).toEqual(await koreanFunnelFromRecords());
  expect(report.outcomes.mou.connections).toBe(1);
  expect(report.outcomes.contract.connections).toBe(1);
  expect(report.outcomes.transferred.connections).toBe(0);

  // The agency's network report on the same data: Korea's row, and (the domestic connection being only proposed) the same outcomes.
  const network = (await world.agency.client.get(`/api/reports/network?from=${year}&to=${year}`)).json();
  expect(network.connections.byCountry.find((c: { country: string }) => c.country === 'KR').count).toBe(report.connections.total);
  expect(network.connections.total).toBe(report.connections.total + 1);
  expect(network.outcomes).toEqual(report.outcomes);
  const networkFunnel = new Map((network.connections.funnel as Funnel).map((f) => [f.stage, f.count]));
  for (const f of report.connections.funnel as Funnel) if (f.stage !== 'proposed') expect(networkFunnel.get(f.stage), f.stage).toBe(f.count);

  // The agency sees the same figures of any country.
  expect((await world.agency.client.get('/api/reports/country?country=kr')).json()).toEqual(report);
  const japanese = (await world.agency.client.get(`/api/reports/country?country=JP&from=${year}&to=${year}`)).json();
  expect(japanese).toMatchObject({ demandsSeeking: 2, foreignOffersRecorded: 0, connections: { total: 0 } });
});

it('counts nothing in another year, and refuses other offices, other roles and bad input', async () => {
  const last = (await korea.get(`/api/reports/country?country=KR&from=${year - 1}&to=${year - 1}`)).json();
  expect(last).toMatchObject({ demandsSeeking: 0, foreignOffersRecorded: 0, demandsWaiting: 3, connections: { total: 0 } });
  expect((await japan.get('/api/reports/country?country=KR')).statusCode).toBe(403);
  expect((await world.seeker.client.get('/api/reports/country?country=KR')).statusCode).toBe(403);
  expect((await world.broker.client.get('/api/reports/country?country=KR')).statusCode).toBe(403);
  expect((await ctx.app.inject({ method: 'GET', url: '/api/reports/country?country=KR' })).statusCode).toBe(401);
  const noCountry = await korea.get('/api/reports/country');
  expect(noCountry.statusCode).toBe(400);
  expect(noCountry.json().error.details.fields[0].path).toBe('querystring.country');
  const backwards = await korea.get(`/api/reports/country?country=KR&from=${year}&to=${year - 1}`);
  expect(backwards.statusCode).toBe(400);
  expect(backwards.json().error.details.fields[0].path).toBe('to');
});
