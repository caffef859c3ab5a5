import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, demands, experts, matches } from '../../src/db/schema/index.js';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { moduleJobHandlers } from '../../src/server/modules/index.js';
import { systemContext } from '../../src/server/modules/audit/audit.service.js';
import { importFile } from '../../src/server/modules/imports/imports.service.js';
import { agencyClient, newConnectionPoint, newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let people: Record<'seeker' | 'supplier' | 'broker' | 'outsider' | 'agency', TestClient>;
let demandId: string;
let offerId: string;
let expertId: string;

const sauce = {
  title: 'Rút ngắn thời gian lên men nước mắm truyền thống',
  publicSummary: 'Cơ sở sản xuất nước mắm cần công nghệ lên men nhanh bằng enzyme, giữ hương vị.',
  keywords: ['nước mắm', 'lên men', 'enzyme'],
};

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const enterprise = await newOrganisation(db, { provinceCode: '40' });
  const institute = await newOrganisation(db, { kind: 'institute', provinceCode: '01' });
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '40' });
  await newConnectionPoint(db, centre.id, ['40']);
  const offer = await newOffer(db, {
    ownerOrganisationId: institute.id,
    provinceCode: '01',
    title: 'Công nghệ lên men nhanh nước mắm bằng enzyme protease',
    keywords: ['nước mắm', 'lên men'],
    sectorCode: 'C',
  });
  offerId = offer.id;
  const [expert] = await db
    .insert(experts)
    .values({
      name: 'TS. Lê Thị Hương',
      status: 'published',
      keywords: ['lên men nước mắm', 'enzyme thủy phân'],
      bio: 'Nghiên cứu lên men nước mắm và enzyme.',
      ownerOrganisationId: institute.id,
    })
    .returning();
  expertId = expert.id;
  await newOffer(db, { title: 'Phần mềm quản lý kho hàng' });
  const demand = await newDemand(db, { ownerOrganisationId: enterprise.id, provinceCode: '40', status: 'submitted', sectorCode: 'C', ...sauce });
  demandId = demand.id;
  people = {
    seeker: (await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' })).client,
    supplier: (await signedInClient(ctx.app, db, { organisationId: institute.id, language: 'en' })).client,
    broker: (await signedInClient(ctx.app, db, { organisationId: centre.id, language: 'en' })).client,
    outsider: (await signedInClient(ctx.app, db, { organisationId: (await newOrganisation(db, { provinceCode: '01' })).id })).client,
    agency: (await agencyClient(ctx.app, db, 'en')).client,
  };
});
afterAll(async () => ctx?.close());

const demandsMatchedTo = async (id: string) =>
  ((await people.supplier.get(`/api/offers/${id}/matches`)).json().items as Array<{ demand: { id: string } }>).map((m) => m.demand.id);
const runJobs = () => runDueJobs({ db: ctx.database.db, config: ctx.config }, moduleJobHandlers);
async function matchNotices(client: TestClient) {
  const { items } = (await client.get('/api/notifications')).json() as { items: Array<{ kind: string; link: string; text: string }> };
  return items.filter((n) => n.kind === 'match.strong');
}

describe('background re-matching and notices of strong matches', () => {
  it('on publication, tells the demand owner and its connection point of each strong match, and the other side', async () => {
    expect((await people.agency.post(`/api/demands/${demandId}/publish`)).statusCode).toBe(200);
    expect(await runJobs()).toBeGreaterThan(0);
    // Two strong matches: the offer and the expert.
    const seeker = await matchNotices(people.seeker);
    expect(seeker).toHaveLength(2);
    expect(seeker[0]).toMatchObject({ link: `/demands/${demandId}` });
    expect(seeker[0].text).toContain(sauce.title);
    expect(await matchNotices(people.broker)).toHaveLength(2);
    expect((await matchNotices(people.supplier)).map((n) => n.link)).toEqual(expect.arrayContaining([`/offers/${offerId}`, `/experts/${expertId}`]));
    expect(await matchNotices(people.outsider)).toEqual([]);
  });

  it('a change of the record re-ranks it without announcing the same match again', async () => {
    const { version } = (await people.agency.get(`/api/demands/${demandId}`)).json();
    const edited = await people.agency.patch(`/api/demands/${demandId}`, { version, keywords: [...sauce.keywords, 'protease'] });
    expect(edited.statusCode).toBe(200);
    expect(await runJobs()).toBeGreaterThan(0);
    expect(await matchNotices(people.seeker)).toHaveLength(2);
    expect(await matchNotices(people.supplier)).toHaveLength(2);
  });

  it('re-ranks imported records too', async () => {
    const line = JSON.stringify({ externalId: 'IMP-1', language: 'vi', title: 'Lên men nước mắm nhanh bằng enzyme', sectorCode: 'C' });
    const report = await importFile(ctx.database.db, null, systemContext, 'demands', 'jsonl', Buffer.from(line));
    expect(report.imported).toBe(1);
    await runJobs();
    const [imported] = await ctx.database.db.select({ id: demands.id }).from(demands).where(eq(demands.externalId, 'IMP-1'));
    const stored = await ctx.database.db.select().from(matches).where(eq(matches.demandId, imported.id));
    expect(stored.map((m) => m.offerId ?? m.expertId)).toEqual(expect.arrayContaining([offerId, expertId]));
  });
});

describe("a demand's matches", () => {
  it('lists experts beside the offers, with reasons', async () => {
    const body = (await people.seeker.get(`/api/demands/${demandId}/matches`)).json();
    expect(body.items.map((m: { offer: { id: string } }) => m.offer.id)).toEqual([offerId]);
    expect(body.experts).toHaveLength(1);
    expect(body.experts[0]).toMatchObject({ expert: { id: expertId, name: 'TS. Lê Thị Hương' } });
    expect(body.experts[0].reasons[0].kind).toBe('phrases');
  });

  it('turns into a connection request with origin "match"', async () => {
    const response = await people.seeker.post('/api/connections', { demandId, offerId, origin: 'match', message: 'Chúng tôi quan tâm tới công nghệ này.' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ origin: 'match', stage: 'proposed' });
  });
});

describe('dismissing a match', () => {
  it("is for the demand's editors only, with exactly one of offer and expert", async () => {
    expect((await people.supplier.post(`/api/demands/${demandId}/matches/dismissals`, { offerId })).statusCode).toBe(403);
    expect((await people.seeker.post(`/api/demands/${demandId}/matches/dismissals`, { offerId, expertId })).statusCode).toBe(400);
    expect((await people.seeker.post(`/api/demands/${demandId}/matches/dismissals`, {})).statusCode).toBe(400);
    expect((await people.seeker.post(`/api/demands/${demandId}/matches/dismissals`, { offerId: crypto.randomUUID() })).statusCode).toBe(404);
  });

  it("hides the offer from the demand for good, audited, while the offer's side still sees the demand", async () => {
    const dismissed = await people.seeker.post(`/api/demands/${demandId}/matches/dismissals`, { offerId });
    expect(dismissed.statusCode).toBe(200);
    expect((await people.seeker.get(`/api/demands/${demandId}/matches`)).json().items).toEqual([]);
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'match.dismiss')));
    expect(entry.after).toMatchObject({ demandId, offerId, side: 'demand' });

    const { version } = (await people.agency.get(`/api/demands/${demandId}`)).json();
    await people.agency.patch(`/api/demands/${demandId}`, { version, keywords: sauce.keywords });
    await runJobs();
    expect((await people.seeker.get(`/api/demands/${demandId}/matches`)).json().items).toEqual([]);
    expect(await demandsMatchedTo(offerId)).toContain(demandId);
  });

  it("hides an expert, and lets the offer's side hide the demand", async () => {
    await people.seeker.post(`/api/demands/${demandId}/matches/dismissals`, { expertId });
    expect((await people.seeker.get(`/api/demands/${demandId}/matches`)).json().experts).toEqual([]);
    expect((await people.seeker.post(`/api/offers/${offerId}/matches/dismissals`, { demandId })).statusCode).toBe(403);
    expect((await people.supplier.post(`/api/offers/${offerId}/matches/dismissals`, { demandId })).statusCode).toBe(200);
    expect(await demandsMatchedTo(offerId)).not.toContain(demandId);
    expect(await demandsMatchedTo(offerId)).not.toEqual([]);
  });
});
