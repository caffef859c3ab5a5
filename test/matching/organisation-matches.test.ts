import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { moduleJobHandlers } from '../../src/server/modules/index.js';
import { connectionsWorld } from '../connections/connections-world.js';
import { newOffer } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
  await newOffer(ctx.database.db, {
    ownerOrganisationId: world.institute.id,
    provinceCode: '01',
    title: 'Quy trình lên men nhanh nước mắm bằng enzyme protease',
    keywords: ['nước mắm', 'enzyme', 'lên men'],
    sectorCode: 'C',
    fieldCodes: ['209'],
  });
});
afterAll(async () => ctx?.close());

type Match = {
  id: string;
  side: 'demand' | 'supply';
  mine: { type: string; id: string; title: string };
  other: { type: string; id: string; title: string; ownerName: string | null };
  connect: { demandId: string; offerId: string } | null;
  score: number;
  reasons: { kind: string; text: { vi: string; en: string } }[];
  computedAt: string;
};
type List = { items: Match[]; total: number; nextCursor: string | null };

const runAllJobs = async () => {
  while ((await runDueJobs({ db: ctx.database.db, config: ctx.config }, moduleJobHandlers)) > 0);
};

/** A demand entered by the enterprise and published by its connection point, then matched. */
async function publishedDemand(title: string) {
  const created = await world.seeker.client.post('/api/demands', {
    title,
    publicSummary: 'Cơ sở nước mắm cần enzyme thủy phân cá để rút ngắn thời gian ủ chượp, giữ hương vị truyền thống.',
    keywords: ['nước mắm', 'enzyme', 'thủy phân cá'],
    sectorCode: 'C',
    fieldCodes: ['209'],
    province: '40',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await world.seeker.client.post(`/api/demands/${id}/submit`)).statusCode).toBe(200);
  expect((await world.broker.client.post(`/api/demands/${id}/publish`)).statusCode).toBe(200);
  await runAllJobs();
  return id;
}

describe("an organisation's matches in one place", () => {
  it("lists the matches of the organisation's demands and of its offers, each from its own side, newest first", async () => {
    const first = await publishedDemand('Enzyme thủy phân cá cho nước mắm Cửa Hội');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await publishedDemand('Rút ngắn ủ chượp nước mắm bằng enzyme');

    const seeker = (await world.seeker.client.get('/api/me/matches')).json() as List;
    expect(seeker.total).toBeGreaterThanOrEqual(2);
    expect(seeker.items.every((m) => m.side === 'demand' && m.mine.type === 'demand')).toBe(true);
    expect(seeker.items[0].mine.id).toBe(second);
    expect(seeker.items.map((m) => m.mine.id)).toContain(first);
    const times = seeker.items.map((m) => m.computedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const toEnzyme = seeker.items.find((m) => m.mine.id === first && m.other.id === world.offer.id);
    expect(toEnzyme).toMatchObject({ other: { type: 'offer', ownerName: 'Viện Công nghệ Thực phẩm' }, connect: { demandId: first, offerId: world.offer.id } });
    expect(toEnzyme?.reasons.length).toBeGreaterThan(0);

    const supplier = (await world.supplier.client.get('/api/me/matches')).json() as List;
    expect(supplier.items.length).toBeGreaterThanOrEqual(2);
    expect(supplier.items.every((m) => m.side === 'supply' && m.other.type === 'demand')).toBe(true);
    expect(supplier.items.find((m) => m.other.id === first)).toMatchObject({ other: { ownerName: 'Công ty Nước mắm Cửa Hội' } });

    expect(((await world.outsider.client.get('/api/me/matches')).json() as List).total).toBe(0);
    expect((await world.outsider.client.get(`/api/me/matches?organisationId=${world.enterprise.id}`)).statusCode).toBe(403);
    expect((await world.seeker.client.get(`/api/me/matches?organisationId=${world.enterprise.id}`)).json().total).toBe(seeker.total);
    expect((await world.seeker.client.get('/api/me/matches')).statusCode).toBe(200);
    expect((await world.seeker.client.get('/api/me/matches?cursor=nonsense')).statusCode).toBe(400);
  });

  it('pages without gaps, and leaves out what the side dismissed', async () => {
    const all = (await world.seeker.client.get('/api/me/matches')).json() as List;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await world.seeker.client.get(`/api/me/matches?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json() as List;
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((m) => m.id));

    const dismissed = all.items.find((m) => m.other.id === world.offer.id);
    if (!dismissed) throw new Error('expected a match with the enzyme offer');
    const response = await world.seeker.client.post(`/api/demands/${dismissed.mine.id}/matches/dismissals`, { offerId: world.offer.id });
    expect(response.statusCode, response.body).toBe(200);
    const after = (await world.seeker.client.get('/api/me/matches')).json() as List;
    expect(after.items.map((m) => m.id)).not.toContain(dismissed.id);
    // The supplier still sees the demand: a dismissal hides it from one side only.
    const supplier = (await world.supplier.client.get('/api/me/matches')).json() as List;
    expect(supplier.items.map((m) => m.id)).toContain(dismissed.id);
  });
});
