import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demandForeignOffers, notifications, offers } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { newDemand, newOrganisation, signedInClient } from '../support/factories.js';
import { connectionsWorld } from '../connections/connections-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof connectionsWorld>>;
let korea: Awaited<ReturnType<typeof signedInClient>>;
let japan: Awaited<ReturnType<typeof signedInClient>>;
let seeking: Awaited<ReturnType<typeof newDemand>>;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await connectionsWorld(ctx);
  const db = ctx.database.db;
  const krOffice = await newOrganisation(db, {
    kind: 'rep-office',
    country: 'KR',
    provinceCode: null,
    coveredCountries: ['KR'],
    nameVi: 'Bộ phận đại diện KH&CN tại Hàn Quốc',
  });
  const jpOffice = await newOrganisation(db, { kind: 'rep-office', country: 'JP', provinceCode: null, coveredCountries: ['JP'] });
  korea = await signedInClient(ctx.app, db, { organisationId: krOffice.id, language: 'en' });
  japan = await signedInClient(ctx.app, db, { organisationId: jpOffice.id, language: 'en' });
  seeking = await newDemand(db, {
    ownerOrganisationId: world.enterprise.id,
    provinceCode: '40',
    seekAbroad: true,
    targetCountries: ['KR'],
    title: 'Dây chuyền đóng chai nước mắm tự động',
    fieldCodes: ['209'],
  });
});
afterAll(async () => ctx?.close());

describe('foreign technology search', () => {
  it('puts demands seeking abroad in the queue of the offices of their target countries only', async () => {
    const kr = (await korea.client.get('/api/foreign-search/queue')).json();
    expect(kr.items.map((d: { id: string }) => d.id)).toContain(seeking.id);
    const jp = (await japan.client.get('/api/foreign-search/queue')).json();
    expect(jp.items.map((d: { id: string }) => d.id)).not.toContain(seeking.id);
    expect((await world.seeker.client.get('/api/foreign-search/queue')).statusCode).toBe(403);
    expect((await world.agency.client.get('/api/foreign-search/queue')).json().total).toBeGreaterThan(0);
  });

  it('records a foreign offer in English, links it to the demand and tells the owner and its connection point', async () => {
    const response = await korea.client.post(`/api/demands/${seeking.id}/foreign-offers`, {
      note: 'Found at a Busan trade fair',
      offer: {
        language: 'en',
        title: 'Automatic fish sauce bottling line',
        summary: 'Filling and capping, 3,000 bottles per hour',
        country: 'KR',
        ownerName: 'Busan Packaging Machinery Co.',
        ownerType: 'foreign',
        trl: 9,
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      offer: { title: 'Automatic fish sauce bottling line', country: 'KR' },
      note: 'Found at a Busan trade fair',
    });
    const [offer] = await ctx.database.db.select().from(offers).where(eq(offers.title, 'Automatic fish sauce bottling line'));
    expect(offer.status).toBe('published');
    const told = await ctx.database.db.select().from(notifications).where(eq(notifications.kind, 'foreign-offer.linked'));
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([world.seeker.user.id, world.broker.user.id]));
    const visible = (await world.seeker.client.get(`/api/demands/${seeking.id}/foreign-offers`)).json();
    expect(visible).toMatchObject({ items: [{ id: response.json().id }], total: 1, nextCursor: null });
    const queue = (await korea.client.get('/api/foreign-search/queue?country=KR')).json();
    expect(queue.items.find((d: { id: string }) => d.id === seeking.id).foundOffers).toBe(1);
    expect(queue.countries).toEqual(['KR']);
  });

  it('refuses an office outside the target countries, a foreign offer from another country, and bad input', async () => {
    expect((await japan.client.post(`/api/demands/${seeking.id}/foreign-offers`, { offer: { title: 'X', country: 'JP' } })).statusCode).toBe(404);
    const wrongCountry = await korea.client.post(`/api/demands/${seeking.id}/foreign-offers`, { offer: { title: 'Made in Japan', country: 'JP' } });
    expect(wrongCountry.statusCode).toBe(400);
    expect(wrongCountry.json().error.details.fields[0].path).toBe('offer.country');
    const neither = await korea.client.post(`/api/demands/${seeking.id}/foreign-offers`, { note: 'nothing' });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.details.fields[0].path).toBe('offer');
    const before = await ctx.database.db.select().from(demandForeignOffers);
    const tooLong = await korea.client.post(`/api/demands/${seeking.id}/foreign-offers`, { offer: { title: 'x'.repeat(400), country: 'KR' } });
    expect(tooLong.statusCode).toBe(400);
    expect(await ctx.database.db.select().from(demandForeignOffers)).toHaveLength(before.length);
  });

  it('lets the office start a connection between the demand and the foreign offer it found, and nobody else', async () => {
    const [offer] = await ctx.database.db.select().from(offers).where(eq(offers.title, 'Automatic fish sauce bottling line'));
    const body = { demandId: seeking.id, offerId: offer.id, origin: 'broker', channel: 'rep-office' };
    expect((await japan.client.post('/api/connections', body)).statusCode).toBe(403);
    const started = await korea.client.post('/api/connections', body);
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({ stage: 'proposed', channel: 'rep-office', partnerCountry: 'KR' });
    const mine = (await korea.client.get('/api/connections')).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(started.json().id);
  });

  it("filters the queue by the demand's status and S&T field (a broad field takes in its narrower ones), and refuses unknown values", async () => {
    const db = ctx.database.db;
    const connecting = await newDemand(db, {
      ownerOrganisationId: world.enterprise.id,
      provinceCode: '40',
      seekAbroad: true,
      targetCountries: ['KR'],
      status: 'connecting',
      title: 'Cảm biến IoT giám sát ao nuôi tôm',
      fieldCodes: ['202'],
    });
    const ids = async (query: string) =>
      ((await korea.client.get(`/api/foreign-search/queue?${query}`)).json().items as Array<{ id: string }>).map((d) => d.id);
    expect(await ids('status=connecting')).toEqual([connecting.id]);
    expect(await ids('status=open')).toContain(seeking.id);
    expect(await ids('status=open')).not.toContain(connecting.id);
    expect(await ids('field=209')).toEqual([seeking.id]);
    // Level 2 (engineering and technology) takes in 202 and 209.
    expect((await ids('field=2')).sort()).toEqual([seeking.id, connecting.id].sort());
    expect(await ids('field=2&status=connecting&country=KR')).toEqual([connecting.id]);
    const listed = (await korea.client.get('/api/foreign-search/queue?status=connecting')).json();
    expect(listed.items[0].status).toBe('connecting');
    expect(listed.total).toBe(1);

    for (const [query, field] of [
      ['status=draft', 'querystring.status'],
      ['status=fulfilled', 'querystring.status'],
      ['field=999', 'querystring.field'],
      ['field=nope', 'querystring.field'],
    ]) {
      const refused = await korea.client.get(`/api/foreign-search/queue?${query}`);
      expect(refused.statusCode, query).toBe(400);
      expect(refused.json().error.details.fields[0].path, query).toBe(field);
    }
  });
});
