import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { catalogueWorld, publishedRecord } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
const ids = (list: { items: { id: string }[] }) => list.items.map((i) => i.id);

const published = (client: TestClient, path: string, body: Record<string, unknown>) => publishedRecord(client, world.agency, path, body);

let dryer: string, membrane: string, english: string;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
  dryer = await published(world.agency, '/api/offers', {
    title: 'Máy sấy nông sản bơm nhiệt',
    keywords: ['sấy', 'bơm nhiệt'],
    fieldCodes: ['204'],
    sectorCode: 'C',
    trl: 8,
    transferForms: ['equipment-with-training'],
    ownerType: 'enterprise',
    province: 'Hà Giang',
  });
  membrane = await published(world.agency, '/api/offers', {
    title: 'Màng lọc nano xử lý nước',
    keywords: ['màng lọc', 'nước sạch'],
    fieldCodes: ['204', '105'],
    sectorCode: 'E',
    trl: 5,
    transferForms: ['license'],
    ownerType: 'institute',
    province: '01',
  });
  english = await published(world.agency, '/api/offers', {
    title: 'Solar-assisted heat pump dryer',
    language: 'en',
    keywords: ['drying'],
    fieldCodes: ['211'],
    sectorCode: 'C',
    trl: 9,
    transferForms: ['license', 'consulting'],
    ownerType: 'foreign',
    country: 'KR',
  });
  await world.owner.post('/api/offers', { title: 'Bản nháp không công khai: máy sấy' });
});
afterAll(async () => ctx?.close());

describe('offer search, filters and facets', () => {
  it('counts facets over what matched', async () => {
    const all = (await world.visitor.get('/api/offers')).json();
    expect(all.total).toBe(3);
    expect(all.facets.field).toEqual([
      { code: '204', count: 2 },
      { code: '105', count: 1 },
      { code: '211', count: 1 },
    ]);
    expect(all.facets.sector).toEqual([
      { code: 'C', count: 2 },
      { code: 'E', count: 1 },
    ]);
    expect(all.facets.language).toEqual([
      { code: 'vi', count: 2 },
      { code: 'en', count: 1 },
    ]);
    expect(all.facets.country).toEqual([
      { code: 'VN', count: 2 },
      { code: 'KR', count: 1 },
    ]);
    // "máy sấy" is "dryer" in the glossary: the English dryer is found too, after the typed words' match.
    const dryers = (await world.visitor.get('/api/offers?q=may%20say')).json();
    expect(ids(dryers)).toEqual([dryer, english]);
    expect(dryers.widened.terms).toEqual([{ from: 'may say', to: 'dryer' }]);
    expect(dryers.facets.trl).toEqual([
      { code: '8', count: 1 },
      { code: '9', count: 1 },
    ]);
  });

  it('filters by every dimension', async () => {
    const cases: [string, string[]][] = [
      ['field=105', [membrane]],
      ['sector=C&sort=trl', [english, dryer]],
      ['trlMin=6&trlMax=8', [dryer]],
      ['trlMin=8&trlMax=6', []],
      ['transferForm=license&sort=trl', [english, membrane]],
      ['country=kr', [english]],
      ['ownerType=institute,foreign&sort=trl', [english, membrane]],
      ['language=en', [english]],
      ['province=Ha%20Giang', [dryer]],
      ['q=solar%20OR%20nano&sort=trl', [english, membrane]],
      ['q=heat%20pump%20OR%20nano', [english]],
      ['q=-nano&sort=trl', [english, dryer, membrane].filter((id) => id !== membrane)],
    ];
    for (const [query, expected] of cases) expect(ids((await world.visitor.get(`/api/offers?${query}`)).json()), query).toEqual(expected);
  });

  it('pages with an opaque cursor and refuses a forged one', async () => {
    const first = (await world.visitor.get('/api/offers?sort=trl&limit=2')).json();
    expect(ids(first)).toEqual([english, dryer]);
    const second = (await world.visitor.get(`/api/offers?sort=trl&limit=2&cursor=${first.nextCursor}`)).json();
    expect(ids(second)).toEqual([membrane]);
    expect(second.nextCursor).toBeNull();
    const forged = await world.visitor.get('/api/offers?cursor=abc');
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.details.fields[0].path).toBe('cursor');
  });
});

describe('experts', () => {
  it('publishes a profile whose email and phone stay private', async () => {
    const created = await world.owner.post('/api/experts', {
      name: 'PGS.TS. Nguyễn Thị Hằng',
      keywords: ['vi sinh', 'lên men'],
      services: ['Tư vấn quy trình'],
      email: 'hang@example.vn',
      phone: '0912 000 111',
      fieldCodes: ['106'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    await world.owner.post(`/api/experts/${id}/submit`);
    await world.staff.post(`/api/experts/${id}/publish`);
    const found = await world.visitor.get('/api/experts?q=len%20men');
    expect(ids(found.json())).toEqual([id]);
    expect(found.body).not.toContain('hang@example.vn');
    const detail = await world.visitor.get(`/api/experts/${id}`);
    expect(detail.json().email).toBeUndefined();
    expect((await world.owner.get(`/api/experts/${id}`)).json().email).toBe('hang@example.vn');
    expect((await world.owner.post('/api/experts', { name: '' })).json().error.details.fields[0].path).toBe('name');
  });
});

describe('work lists', () => {
  it('queues submitted records for the covering connection point only, oldest first', async () => {
    const a = (await world.owner.post('/api/offers', { title: 'Chờ duyệt A' })).json().id;
    const b = (await world.owner.post('/api/demands', { title: 'Chờ duyệt B' })).json().id;
    await world.owner.post(`/api/offers/${a}/submit`);
    await world.owner.post(`/api/demands/${b}/submit`);
    const queue = (await world.staff.get('/api/moderation/queue')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual([a, b]);
    expect(queue.counts).toEqual({ offer: 1, demand: 1, expert: 0 });
    expect(queue.items[0]).toMatchObject({ type: 'offer', status: 'submitted', ageDays: 0 });
    expect((await world.farStaff.get('/api/moderation/queue')).json().total).toBe(0);
    expect((await world.owner.get('/api/moderation/queue')).statusCode).toBe(403);
    expect((await world.visitor.get('/api/moderation/queue')).statusCode).toBe(401);
  });

  it('warns of live records whose validity ends within 14 days', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const id = await published(world.agency, '/api/offers', { title: 'Sắp hết hạn', province: '08', validUntil: soon });
    const queue = (await world.staff.get('/api/moderation/queue')).json();
    expect(queue.expiringSoon.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('gives the agency counts by type, status and province, and no one else', async () => {
    const overview = (await world.agency.get('/api/moderation/overview')).json();
    expect(overview.items).toContainEqual({ type: 'offer', status: 'published', provinceCode: '08', count: 2 });
    expect((await world.staff.get('/api/moderation/overview')).statusCode).toBe(403);
  });

  it("lists my organisation's records in every status, and not another organisation's", async () => {
    const mine = (await world.owner.get(`/api/workspace/records?organisationId=${world.enterprise.id}`)).json();
    expect(mine.items.map((i: { status: string }) => i.status)).toContain('draft');
    expect(mine.counts.expert).toBe(1);
    expect((await world.stranger.get(`/api/workspace/records?organisationId=${world.enterprise.id}`)).statusCode).toBe(403);
  });
});
