import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experts } from '../../src/db/schema/index.js';
import { buildApp } from '../../src/server/app.js';
import { newDemand, newOffer, newOrganisation } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let site: FastifyInstance;
let webRoot: string;
const SECRET = `TBSECRETPAGE${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  // The built web app's index.html, as Vite writes it.
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-web-'));
  fs.copyFileSync(path.join(import.meta.dirname, '../../src/web/index.html'), path.join(webRoot, 'index.html'));
  site = await buildApp({ config: ctx.config, database: ctx.database, logger: false, webRoot });
  const db = ctx.database.db;
  const enterprise = await newOrganisation(db, { nameVi: 'Công ty Giấu Tên', provinceCode: '40' });
  ids.offer = (
    await newOffer(db, {
      title: 'Chế phẩm enzyme thủy phân cá <nhanh> & "sạch"',
      summary: 'Rút ngắn thời gian ủ chượp nước mắm từ 12 tháng xuống 4 tháng.',
      contactEmail: `${SECRET.toLowerCase()}@x.test`,
      contactPhone: SECRET,
    })
  ).id;
  ids.draft = (await newOffer(db, { title: `Bản nháp ${SECRET}`, status: 'draft' })).id;
  ids.demand = (
    await newDemand(db, {
      title: 'Cần dây chuyền sấy mực',
      publicSummary: 'Tìm dây chuyền sấy mực một nắng công suất 2 tấn/ngày.',
      ownerOrganisationId: enterprise.id,
      confidentialDetails: { problem: SECRET, currentProcess: SECRET, desiredOutcome: SECRET, targets: SECRET, constraints: SECRET },
      contactName: SECRET,
      contactEmail: `${SECRET.toLowerCase()}@y.test`,
      contactPhone: SECRET,
    })
  ).id;
  const [expert] = await db
    .insert(experts)
    .values({
      name: 'TS. Nguyễn Văn Enzyme',
      status: 'published',
      publishedAt: new Date(),
      email: `${SECRET.toLowerCase()}@z.test`,
      phone: SECRET,
      bio: 'Vi sinh thực phẩm.',
    })
    .returning();
  ids.expert = expert!.id;
});
afterAll(async () => {
  await site?.close();
  await ctx?.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const page = async (url: string, language = 'vi') => {
  const response = await site.inject({ method: 'GET', url, headers: { 'accept-language': language } });
  expect(response.statusCode, url).toBe(200);
  expect(response.headers['content-type']).toContain('text/html');
  return response.body;
};
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1];

describe('pages for search engines', () => {
  it('sends a published offer’s title, description and canonical link in the HTML', async () => {
    const html = await page(`/offers/${ids.offer}`);
    expect(titleOf(html)).toBe('Chế phẩm enzyme thủy phân cá &lt;nhanh&gt; &amp; &quot;sạch&quot; | TechBridge');
    expect(descriptionOf(html)).toBe('Rút ngắn thời gian ủ chượp nước mắm từ 12 tháng xuống 4 tháng.');
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/offers/${ids.offer}" />`);
    expect(html).toContain('<div id="root"></div>');
  });

  it('gives a demand its public summary and an expert their profile, nothing confidential', async () => {
    const demand = await page(`/demands/${ids.demand}`);
    expect(titleOf(demand)).toBe('Cần dây chuyền sấy mực | TechBridge');
    expect(descriptionOf(demand)).toBe('Tìm dây chuyền sấy mực một nắng công suất 2 tấn/ngày.');
    expect(titleOf(await page(`/experts/${ids.expert}`))).toBe('TS. Nguyễn Văn Enzyme | TechBridge');
  });

  it('keeps the generic head for a draft, an unknown id and pages that are not public', async () => {
    const generic = titleOf(fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8'));
    for (const url of [`/offers/${ids.draft}`, `/offers/${crypto.randomUUID()}`, '/offers/not-an-id', '/workspace', '/me/profile']) {
      expect(titleOf(await page(url)), url).toBe(generic);
    }
  });

  it('sends a merged duplicate’s old page to the record kept, for good', async () => {
    const merged = await newOffer(ctx.database.db, { title: 'Bản sao đã gộp', status: 'archived', mergedIntoId: ids.offer });
    const response = await site.inject({ method: 'GET', url: `/offers/${merged.id}` });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe(`/offers/${ids.offer}`);
  });

  it('describes the statistics page with its figures and structured data, in the reader’s language', async () => {
    const vi = await page('/statistics');
    expect(titleOf(vi)).toContain('Thống kê mạng lưới');
    expect(descriptionOf(vi)).toMatch(/kết nối/);
    expect(vi).toContain('"@type":"Dataset"');
    expect(titleOf(await page('/statistics', 'en'))).toContain('Statistics of the technology');
  });

  it('does not recompute the statistics for each view of the page: the head reuses the statistics API’s answer', async () => {
    const cached = await buildApp({ config: { ...ctx.config, publicCacheSeconds: 60 }, database: ctx.database, logger: false, webRoot });
    try {
      const view = async () => descriptionOf((await cached.inject({ method: 'GET', url: '/statistics' })).body)!;
      const first = await view();
      const offers = Number(/(\d+) nguồn cung/.exec(first)![1]);
      await newOffer(ctx.database.db, { title: 'Thêm một nguồn cung' });
      expect(await view()).toBe(first);
      // The API answers from the same memory, so the page and the API agree.
      const api = await cached.inject({ method: 'GET', url: '/api/open-data/statistics', headers: { 'accept-language': 'vi' } });
      expect(api.json().totals.offers).toBe(offers);
      // Uncached (this suite's app), the new offer counts.
      expect(descriptionOf(await page('/statistics'))).toContain(`${offers + 1} nguồn cung`);
    } finally {
      await cached.close();
    }
  });

  it('lists the published records in sitemap.xml, and robots.txt points to it', async () => {
    const sitemap = await site.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.headers['content-type']).toContain('xml');
    for (const [kind, id] of [
      ['offers', ids.offer],
      ['demands', ids.demand],
      ['experts', ids.expert],
    ])
      expect(sitemap.body).toContain(`<loc>http://localhost:3000/${kind}/${id}</loc>`);
    expect(sitemap.body).not.toContain(ids.draft);
    expect(sitemap.body).toContain('<loc>http://localhost:3000/statistics</loc>');
    const robots = await site.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.body).toContain('Sitemap: http://localhost:3000/sitemap.xml');
    expect(robots.body).toContain('Disallow: /api/');
  });

  it('shows no confidential marker, contact or enterprise name in any public page, the sitemap or robots.txt', async () => {
    const urls = [
      `/offers/${ids.offer}`,
      `/demands/${ids.demand}`,
      `/experts/${ids.expert}`,
      `/offers/${ids.draft}`,
      '/statistics',
      '/offers',
      '/sitemap.xml',
      '/robots.txt',
    ];
    for (const url of urls) {
      const body = (await site.inject({ method: 'GET', url })).body;
      expect(body.toLowerCase(), url).not.toContain(SECRET.toLowerCase());
      expect(body, url).not.toContain('Công ty Giấu Tên');
    }
  });
});
