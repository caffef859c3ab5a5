import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/server/modules/audit/audit.repository.js';
import { generatedOffer, toJsonLines } from '../imports/generated-offers.js';
import { importThroughApi } from '../imports/import-helpers.js';
import { agencyClient, newConnectionPoint, newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

/** Scores 20/20: a problem, a quantified advantage, price and scale, TRL and a trial, IP numbers, a clear text. */
const strongOffer = {
  title: 'Chế phẩm enzyme thủy phân cá rút ngắn thời gian ủ chượp nước mắm',
  summary:
    'Giải quyết vấn đề ủ chượp kéo dài: rút ngắn thời gian từ 12 tháng xuống 4 tháng so với ủ truyền thống. Công suất 500 tấn/năm, đã thử nghiệm tại hai cơ sở, chi phí giảm 20% mỗi lít nước mắm thành phẩm, giữ độ đạm.',
  keywords: ['enzyme', 'nước mắm', 'thủy phân'],
  priceVnd: 1_500_000_000,
  trl: 7,
  ipStatus: 'utility-solution',
  ipNumbers: ['2-0002345'],
  transferForms: ['license'],
};
/** Under 10, with items at zero (no figure, no price, no TRL, no rights). */
const weakOffer = { title: 'CÔNG NGHỆ MỚI', summary: 'Hiện đại, hiệu quả.' };

type Moved = { status: string; returnReason: string | null };

async function world(publishMinQuality: number | null) {
  const ctx = await createTestApp({ publishMinQuality });
  const db = ctx.database.db;
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '40' });
  await newConnectionPoint(db, centre.id, ['40']);
  const staff = (await signedInClient(ctx.app, db, { organisationId: centre.id })).client;
  const queued = { status: 'submitted', submittedAt: new Date(), provinceCode: '40' } as const;
  const offer = async (fields: object) => (await newOffer(db, { ...queued, ...fields })).id;
  const demand = async (fields: object) => (await newDemand(db, { ...queued, ...fields })).id;
  return { ctx, staff, offer, demand };
}

describe('publication threshold at the default 10 points', () => {
  let ctx: TestContext;
  let staff: TestClient;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world(10);
    ({ ctx, staff } = w);
  });
  afterAll(async () => ctx?.close());

  it('returns a weak offer to its author with the missing items as the reason, audited, instead of publishing it', async () => {
    const id = await w.offer(weakOffer);
    const response = await staff.post(`/api/offers/${id}/publish`);
    expect(response.statusCode, response.body).toBe(200);
    const moved = response.json() as Moved;
    expect(moved.status).toBe('returned');
    const [prefix, kind, score, threshold, missing] = moved.returnReason!.split(':');
    expect([prefix, kind, threshold]).toEqual(['listing-quality', 'offer', '10']);
    expect(Number(score)).toBeLessThan(10);
    expect(missing.split(',')).toEqual(expect.arrayContaining(['advantage', 'economics', 'maturity']));
    // Not public, and the author can fix it and submit again.
    expect((await staff.get(`/api/offers?q=${encodeURIComponent('CÔNG NGHỆ MỚI')}`)).json().items).toEqual([]);
    const { items } = await listAudit(ctx.database.db, { entityType: 'offer', entityId: id, limit: 10 });
    expect(items.map((e) => e.action)).toEqual(['offer.return']);
    expect(items[0].after).toMatchObject({ status: 'returned', returnReason: moved.returnReason, listingQuality: { score: Number(score), threshold: 10 } });
  });

  it('publishes a listing that reaches the threshold with no item at zero', async () => {
    const id = await w.offer(strongOffer);
    const response = await staff.post(`/api/offers/${id}/publish`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'published', returnReason: null });
  });

  it('returns a demand with an item at zero, whatever its score', async () => {
    const id = await w.demand({ title: 'Cần máy', publicSummary: 'Cần máy sấy.', confidentialDetails: { problem: 'Sấy chậm' } });
    const response = await staff.post(`/api/demands/${id}/publish`);
    expect(response.json()).toMatchObject({ status: 'returned', returnReason: expect.stringMatching(/^listing-quality:demand:\d+:10:.*economics/) });
  });

  it('counts in the bulk summary the records published and those returned with their reasons', async () => {
    const good = await w.offer(strongOffer);
    const weak = await w.offer(weakOffer);
    const weakDemand = await w.demand({ title: 'Cần máy', publicSummary: 'Cần máy sấy.' });
    const response = await staff.post('/api/moderation/publish', {
      items: [
        { type: 'offer', id: good },
        { type: 'offer', id: weak },
        { type: 'demand', id: weakDemand },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json() as {
      published: Array<{ id: string }>;
      returned: Array<{ id: string; status: string; returnReason: string }>;
      failed: unknown[];
    };
    expect(summary.published.map((p) => p.id)).toEqual([good]);
    expect(summary.returned.map((r) => r.id)).toEqual([weak, weakDemand]);
    expect(summary.returned.every((r) => r.status === 'returned' && r.returnReason.startsWith('listing-quality:'))).toBe(true);
    expect(summary.failed).toEqual([]);
  });

  it('tells moderators in the queue whether each listing would be published', async () => {
    const weak = await w.offer(weakOffer);
    const good = await w.offer(strongOffer);
    const items = (await staff.get('/api/moderation/queue')).json().items as Array<{ id: string; quality: { publishable: boolean } }>;
    const byId = new Map(items.map((i) => [i.id, i.quality]));
    expect(byId.get(weak)).toMatchObject({ publishable: false });
    expect(byId.get(good)).toMatchObject({ score: 20, missing: [], publishable: true });
  });
});

describe('publication threshold as a setting', () => {
  it('publishes the same weak listing when the threshold is off, and says so in the queue', async () => {
    const w = await world(null);
    try {
      const id = await w.offer(weakOffer);
      const queue = (await w.staff.get('/api/moderation/queue')).json().items as Array<{ id: string; quality: { publishable: boolean } }>;
      expect(queue.find((i) => i.id === id)!.quality.publishable).toBe(true);
      expect((await w.staff.post(`/api/offers/${id}/publish`)).json()).toMatchObject({ status: 'published' });
    } finally {
      await w.ctx.close();
    }
  });

  it('holds a higher threshold: 15 returns a listing that 10 publishes', async () => {
    // Scores 14 with every item present: no IP, no scale, no trial, a short text.
    const middling = {
      title: 'Máy sấy nông sản tiết kiệm năng lượng',
      summary: 'Giải quyết vấn đề sấy chậm: giảm 30% điện năng so với máy sấy truyền thống.',
      keywords: ['máy sấy', 'nông sản', 'năng lượng'],
      priceVnd: 300_000_000,
      trl: 6,
      transferForms: ['license'],
    };
    const outcomes: string[] = [];
    for (const threshold of [10, 15]) {
      const w = await world(threshold);
      try {
        const id = await w.offer(middling);
        outcomes.push((await w.staff.post(`/api/offers/${id}/publish`)).json().status);
      } finally {
        await w.ctx.close();
      }
    }
    expect(outcomes).toEqual(['published', 'returned']);
  });
});

describe('imported records', () => {
  it('are scored, and the import report lists the weak ones with their score and missing items', async () => {
    const ctx = await createTestApp({ publishMinQuality: 10 });
    try {
      const agency = (await agencyClient(ctx.app, ctx.database.db, 'en')).client;
      const lines = [
        { ...generatedOffer(1), externalId: 'GOOD-1' },
        { ...generatedOffer(2), externalId: 'WEAK-1', title: 'CÔNG NGHỆ MỚI', summary: 'Hiện đại.', description: null, priceVnd: null, trl: null },
      ];
      const report = await importThroughApi(ctx, agency, 'offers', { name: 'offers.jsonl', data: toJsonLines(lines) });
      expect(report).toMatchObject({ imported: 2, rejected: [] });
      expect(report.weakListings).toHaveLength(1);
      expect(report.weakListings[0]).toMatchObject({ externalId: 'WEAK-1', missing: expect.arrayContaining(['economics', 'maturity']) });
      expect(report.weakListings[0].score).toBeLessThan(10);
    } finally {
      await ctx.close();
    }
  });
});
