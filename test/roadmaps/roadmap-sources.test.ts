import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fishSauceMap } from '../../src/domain/roadmaps/demo/fish-sauce-map.js';
import { fishSauceRoadmap } from '../../src/domain/roadmaps/demo/fish-sauce-roadmap.js';
import { matches, notifications, roadmaps } from '../../src/db/schema/index.js';
import { remindRoadmapReviews } from '../../src/server/modules/roadmaps/review-reminders.js';
import { loadDemoRoadmaps } from '../../src/seed/demo/load-roadmaps.js';
import { METHODOLOGY, fullAnswers } from '../assessment/assessment-world.js';
import { newOffer, newOrganisation } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { pdfPageCount, pdfText } from '../assessment/pdf-text.js';
import { roadmapsWorld } from './roadmaps-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof roadmapsWorld>>;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await roadmapsWorld(ctx);
});
afterAll(async () => ctx?.close());

const url = (suffix = '') => `/api/roadmaps/${w.roadmapId}${suffix}`;
const current = async () => (await w.seeker.client.get(url())).json();

describe('from an assessment to a roadmap', () => {
  it('brings the weakest criteria in as technology items with their target, and drafts a demand from a gap item', async () => {
    const started = await w.seeker.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId: METHODOLOGY, vsicDivision: '10' });
    expect(started.statusCode, started.body).toBe(201);
    const assessmentId = started.json().id;
    await w.seeker.client.put(`/api/assessments/${assessmentId}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers() });
    await w.seeker.client.post(`/api/assessments/${assessmentId}/submit`);
    const weaknesses = (await w.seeker.client.get(`/api/assessments/${assessmentId}/report`)).json().weaknesses as { code: string; name: { en: string } }[];
    const chosen = weaknesses.slice(0, 2).map((x) => x.code);

    const wrong = await w.seeker.client.post(url('/from-assessment'), { assessmentId, criteria: ['NOPE'], version: (await current()).version });
    expect(wrong.json().error.details.fields[0].path).toBe('criteria.0');
    const brought = await w.seeker.client.post(url('/from-assessment'), { assessmentId, criteria: chosen, version: (await current()).version });
    expect(brought.statusCode, brought.body).toBe(200);
    expect(brought.json().itemIds).toHaveLength(2);
    const detail = await current();
    const items = detail.roadmap.items.filter((i: { gap: unknown }) => i.gap);
    expect(items.map((i: { layerCode: string; status: string }) => `${i.layerCode}:${i.status}`)).toEqual(['technology:planned', 'technology:planned']);
    expect(items[0].gap).toMatchObject({ criterionCode: chosen[0], target: expect.any(String) });
    expect(items[0].title.en).toBe(weaknesses[0].name.en);
    expect(detail.live[items[0].id][0]).toMatchObject({ kind: 'assessment-criterion', state: 'gap' });

    const drafted = await w.seeker.client.post(url(`/items/${items[0].id}/demand`), { version: detail.version });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const demand = (await w.seeker.client.get(`/api/demands/${drafted.json().demandId}`)).json();
    expect(demand.ownerOrganisationId).toBe(w.enterprise.id);
    const after = await current();
    expect(after.live[items[0].id].map((r: { kind: string }) => r.kind)).toEqual(['assessment-criterion', 'demand']);
    // A product item is no gap: it offers no demand.
    const notGap = await w.seeker.client.post(url('/items'), {
      layerCode: 'product',
      title: { vi: 'Sản phẩm', en: 'Product' },
      period: { start: { year: 2026 }, end: { year: 2026 } },
      version: after.version,
    });
    const refused = await w.seeker.client.post(url(`/items/${notGap.json().id}/demand`), { version: notGap.json().version });
    expect(refused.json().error.details.fields[0]).toMatchObject({ path: 'itemId', code: 'not_a_gap_item' });
  });

  it('refuses another enterprise’s assessment', async () => {
    const other = await w.outsider.client.post('/api/assessments', { organisationId: w.stranger.id, methodologyId: METHODOLOGY, vsicDivision: '10' });
    expect(other.statusCode, other.body).toBe(201);
    const refused = await w.agency.client.post(url('/from-assessment'), {
      assessmentId: other.json().id,
      criteria: ['T1'],
      version: (await current()).version,
    });
    expect(refused.json().error.details.fields[0].path).toBe('assessmentId');
    // The enterprise cannot even open the stranger's assessment.
    const hidden = await w.seeker.client.post(url('/from-assessment'), { assessmentId: other.json().id, criteria: ['T1'], version: (await current()).version });
    expect(hidden.statusCode).toBe(404);
  });
});

describe('an item tied to a connection directly', () => {
  it('follows the connection already at contract as soon as it is tied', async () => {
    const connection = (await w.seeker.client.post('/api/connections', { demandId: w.demand.id, offerId: w.offer.id, origin: 'match', message: 'x' })).json();
    const asSupplier = (await w.supplier.client.get(`/api/connections/${connection.id}`)).json();
    let version = (await w.supplier.client.post(`/api/connections/${connection.id}/stage`, { stage: 'accepted', version: asSupplier.version })).json().version;
    for (const stage of ['meeting', 'mou', 'contract']) {
      version = (await w.broker.client.post(`/api/connections/${connection.id}/stage`, { stage, occurredOn: '2026-11-01', version })).json().version;
    }
    const added = await w.seeker.client.post(url('/items'), {
      id: 'tech-direct',
      layerCode: 'technology',
      title: { vi: 'Công nghệ lọc', en: 'Filtering' },
      period: { start: { year: 2027 }, end: { year: 2027 } },
      version: (await current()).version,
    });
    const tied = await w.seeker.client.post(url('/items/tech-direct/records'), { kind: 'connection', id: connection.id, version: added.json().version });
    expect(tied.statusCode, tied.body).toBe(200);
    const detail = await current();
    expect(detail.roadmap.items.find((i: { id: string }) => i.id === 'tech-direct').status).toBe('in-progress');
    expect(detail.live['tech-direct'][0]).toMatchObject({ kind: 'connection', state: 'contract' });
  });
});

describe('live state of a matched record', () => {
  it('reads "matched" for an offer with matches and no connection yet', async () => {
    const offer = await newOffer(ctx.database.db, { title: 'Thiết bị lọc nước mắm bằng màng' });
    const added = await w.seeker.client.post(url('/items'), {
      id: 'tech-membrane',
      layerCode: 'technology',
      title: { vi: 'Lọc màng', en: 'Membrane filtering' },
      period: { start: { year: 2028 }, end: { year: 2028 } },
      version: (await current()).version,
    });
    await w.seeker.client.post(url('/items/tech-membrane/records'), { kind: 'offer', id: offer.id, version: added.json().version });
    expect((await current()).live['tech-membrane'][0]).toMatchObject({ kind: 'offer', title: 'Thiết bị lọc nước mắm bằng màng', state: 'none' });
    await ctx.database.db.insert(matches).values({ demandId: w.demand.id, offerId: offer.id, score: 82 });
    expect((await current()).live['tech-membrane'][0].state).toBe('matched');
  });
});

describe('reviews', () => {
  it('reminds the owner and the connection point once when the review comes near, and flags the roadmap once past it', async () => {
    await ctx.database.db.update(roadmaps).set({ reviewDate: '2020-01-01' }).where(eq(roadmaps.id, w.roadmapId));
    const reminded = await remindRoadmapReviews(ctx.database.db, new Date());
    expect(reminded).toBeGreaterThanOrEqual(1);
    expect(await remindRoadmapReviews(ctx.database.db, new Date())).toBe(0);
    const sent = await ctx.database.db.select().from(notifications).where(eq(notifications.kind, 'roadmap.review-due'));
    expect(sent.length).toBeGreaterThanOrEqual(2);
    const asOwner = (await w.seeker.client.get('/api/roadmaps')).json().items.find((r: { id: string }) => r.id === w.roadmapId);
    expect(asOwner).toMatchObject({ reviewState: 'overdue', flagged: true });
    const asPoint = (await w.broker.client.get('/api/roadmaps')).json().items.find((r: { id: string }) => r.id === w.roadmapId);
    expect(asPoint.flagged).toBe(true);
  });
});

describe('the demo technology map', () => {
  it('shows its tree with Vietnam’s and the world’s levels and live catalogue counts, and the roadmap built on it', async () => {
    const owner = await newOrganisation(ctx.database.db, { kind: 'dost', provinceCode: '40', nameVi: 'Sở Khoa học và Công nghệ tỉnh Nghệ An' });
    await ctx.database.db.transaction((tx) => loadDemoRoadmaps(tx));
    await newOffer(ctx.database.db, {
      ownerOrganisationId: owner.id,
      title: 'Chế phẩm enzyme rút ngắn thời gian ủ chượp nước mắm',
      keywords: ['ủ chượp', 'enzyme', 'nước mắm'],
      status: 'published',
      publishedAt: new Date(),
    });
    const anonymous = new TestClient(ctx.app, 'en');
    expect((await anonymous.get('/api/technology-maps')).json().items.map((m: { id: string }) => m.id)).toContain(fishSauceMap.id);
    const map = (await anonymous.get(`/api/technology-maps/${fishSauceMap.id}`)).json();
    expect(map.nodes).toHaveLength(fishSauceMap.nodes.length);
    const rated = map.nodes.find((n: { vietnamLevel: number | null; worldLevel: number | null }) => n.vietnamLevel !== null && n.worldLevel !== null);
    expect(rated.gap).toBe(rated.worldLevel - rated.vietnamLevel);
    expect(rated.sources.length).toBeGreaterThan(0);
    expect(map.nodes.some((n: { counts: { offer: number } }) => n.counts.offer > 0)).toBe(true);
    expect(map.roadmapIds).toEqual([fishSauceRoadmap.id]);
    const roadmap = (await anonymous.get(`/api/roadmaps/${fishSauceRoadmap.id}`)).json();
    expect(roadmap.roadmap.items.length).toBe(fishSauceRoadmap.items.length);
    const svg = await anonymous.get(`/api/technology-maps/${fishSauceMap.id}/export/svg?lang=vi`);
    expect(svg.body).toContain(fishSauceMap.nodes[0].name.vi);
    const pdf = (await anonymous.get(`/api/technology-maps/${fishSauceMap.id}/export/pdf?lang=vi`)).rawPayload;
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf);
    expect(text).toContain(fishSauceMap.title.vi);
    expect(text).toContain('Các nút của bản đồ');
    expect(text).toContain(fishSauceMap.nodes[0].name.vi);
  });
});
