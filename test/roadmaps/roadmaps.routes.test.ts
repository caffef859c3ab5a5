import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roadmaps } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import sharp from 'sharp';
import { pdfPageCount, pdfText } from '../assessment/pdf-text.js';
import { pdfFirstPageImage, pixelsOfColour } from '../support/pdf-page-image.js';
import { statusColours } from '../../src/shared/roadmaps/labels.js';
import { period, roadmapsWorld, text } from './roadmaps-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof roadmapsWorld>>;
let anonymous: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await roadmapsWorld(ctx);
  anonymous = new TestClient(ctx.app, 'en');
});
afterAll(async () => ctx?.close());

const url = (suffix = '') => `/api/roadmaps/${w.roadmapId}${suffix}`;
const current = async (client = w.seeker.client) => (await client.get(url())).json();
const stored = async () => (await ctx.database.db.select().from(roadmaps).where(eq(roadmaps.id, w.roadmapId)))[0];

async function addItem(id: string, layerCode: string, title: string, years = period(2026)) {
  const { version } = await current();
  const response = await w.seeker.client.post(url('/items'), { id, layerCode, title: text(title), period: years, version });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('roadmap items and links', () => {
  it('adds items on the default layers, links them and keeps the chart order', async () => {
    expect((await anonymous.post(url('/items'), { layerCode: 'market', title: text('x'), period: period(2026), version: 1 })).statusCode).toBe(401);
    await addItem('market-export', 'market', 'Xuất khẩu sang EU');
    await addItem('product-premium', 'product', 'Nước mắm cao cấp 40 độ đạm', period(2026, 2027));
    await addItem('tech-enzyme', 'technology', 'Enzyme rút ngắn ủ chượp', period(2027));
    const { version } = await current();
    const linked = await w.seeker.client.post(url('/links'), { kind: 'needs', from: 'market-export', to: 'product-premium', version });
    expect(linked.statusCode, linked.body).toBe(201);
    const again = await w.seeker.client.post(url('/links'), { kind: 'needs', from: 'product-premium', to: 'tech-enzyme', version: linked.json().version });
    expect(again.statusCode).toBe(201);
    const detail = await current();
    expect(detail.roadmap.layers.map((l: { code: string }) => l.code)).toEqual(['market', 'product', 'technology', 'rd', 'resources']);
    expect(detail.roadmap.links.map((l: { from: string; to: string }) => `${l.from}>${l.to}`)).toEqual([
      'market-export>product-premium',
      'product-premium>tech-enzyme',
    ]);
    expect(detail.canEdit).toBe(true);
  });

  it('refuses a link inside one layer when its kind does not allow it, the wrong direction, and a cycle of "needs"', async () => {
    await addItem('tech-traceability', 'technology', 'Truy xuất nguồn gốc', period(2027));
    const post = async (body: object) => w.seeker.client.post(url('/links'), { ...body, version: (await current()).version });
    const sameLayer = await post({ kind: 'enables', from: 'tech-enzyme', to: 'tech-traceability' });
    expect(sameLayer.statusCode).toBe(400);
    expect(sameLayer.json().error.details.fields[0]).toMatchObject({ path: 'kind', code: 'same_layer_link' });
    const upwards = await post({ kind: 'needs', from: 'tech-enzyme', to: 'market-export' });
    expect(upwards.json().error.details.fields[0].code).toBe('link_direction_not_allowed');
    // "needs" may stay inside the technology layer, but not go round in a circle.
    expect((await post({ kind: 'needs', from: 'tech-enzyme', to: 'tech-traceability' })).statusCode).toBe(201);
    const cycle = await post({ kind: 'needs', from: 'tech-traceability', to: 'tech-enzyme' });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.details.fields[0]).toMatchObject({ path: 'to', code: 'needs_cycle' });
    expect(cycle.json().error.details.fields[0].message).toContain('cycle');
    expect((await current()).roadmap.links).toHaveLength(3);
  });

  it('moves an item to another year, refuses one outside the horizon and a stale version, and writes nothing then', async () => {
    const before = await current();
    const moved = await w.seeker.client.post(url('/items/tech-enzyme/move'), { period: period(2028), version: before.version });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = await current();
    expect(after.roadmap.items.find((i: { id: string }) => i.id === 'tech-enzyme').period).toEqual(period(2028));
    const outside = await w.seeker.client.post(url('/items/tech-enzyme/move'), { period: period(2031), version: after.version });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'period.start', code: 'outside_horizon' })]));
    const stale = await w.seeker.client.post(url('/items/tech-enzyme/move'), { period: period(2029), version: before.version });
    expect(stale.statusCode).toBe(409);
    const newOutside = await w.seeker.client.post(url('/items'), { layerCode: 'market', title: text('Quá xa'), period: period(2040), version: after.version });
    expect(newOutside.statusCode).toBe(400);
    expect((await stored()).version).toBe(after.version);
    expect((await current()).roadmap.items).toHaveLength(4);
  });
});

describe('items tied to records', () => {
  it('refuses a link to a record the editor may not see, with the field named, and writes nothing', async () => {
    const { version } = await current();
    const hidden = await w.outsider.client.post('/api/connections', { demandId: w.demand.id, offerId: w.offer.id, origin: 'match', message: 'x' });
    // The stranger cannot even start it; a made-up connection id is as invisible as another's.
    expect(hidden.statusCode).toBe(403);
    const invisible = await w.seeker.client.post(url('/items/tech-enzyme/records'), {
      kind: 'connection',
      id: '00000000-0000-4000-8000-000000000001',
      version,
    });
    expect(invisible.statusCode).toBe(400);
    expect(invisible.json().error.details.fields[0]).toMatchObject({ path: 'id', code: 'record_not_visible' });
    expect((await stored()).version).toBe(version);
  });

  it('moves the item to "in progress" when a connection on its demand reaches a contract, and to delivered at transfer, in its history', async () => {
    const { version } = await current();
    const tied = await w.seeker.client.post(url('/items/tech-enzyme/records'), { kind: 'demand', id: w.demand.id, version });
    expect(tied.statusCode, tied.body).toBe(200);
    const connection = (
      await w.seeker.client.post('/api/connections', { demandId: w.demand.id, offerId: w.offer.id, origin: 'match', message: 'Quan tâm' })
    ).json();
    const live = async () => (await current()).live['tech-enzyme'][0].state;
    expect(await live()).toBe('connected');
    const asSupplier = (await w.supplier.client.get(`/api/connections/${connection.id}`)).json();
    const accepted = await w.supplier.client.post(`/api/connections/${connection.id}/stage`, { stage: 'accepted', version: asSupplier.version });
    const step = async (stage: string, version: number) =>
      (await w.broker.client.post(`/api/connections/${connection.id}/stage`, { stage, occurredOn: '2026-11-01', version })).json();
    const mou = await step('mou', (await step('meeting', accepted.json().version)).version);
    expect(mou.stage).toBe('mou');
    expect((await current()).roadmap.items.find((i: { id: string }) => i.id === 'tech-enzyme').status).toBe('planned');
    const contract = await step('contract', mou.version);
    expect(contract.stage).toBe('contract');
    const item = (await current()).roadmap.items.find((i: { id: string }) => i.id === 'tech-enzyme');
    expect(item.status).toBe('in-progress');
    expect(await live()).toBe('contract');
    const done = await w.broker.client.post(`/api/connections/${connection.id}/stage`, { stage: 'transferred', version: contract.version });
    expect(done.json().stage).toBe('transferred');
    const detail = await current();
    expect(detail.roadmap.items.find((i: { id: string }) => i.id === 'tech-enzyme').status).toBe('delivered');
    const history = detail.history.filter((h: { itemId: string; cause: unknown }) => h.itemId === 'tech-enzyme' && h.cause);
    expect(history.map((h: { fromStatus: string; toStatus: string }) => `${h.fromStatus}>${h.toStatus}`)).toEqual([
      'planned>in-progress',
      'in-progress>delivered',
    ]);
    expect(history[0].cause).toMatchObject({ kind: 'connection', id: connection.id, state: 'contract', via: { kind: 'demand', id: w.demand.id } });
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, w.roadmapId));
    expect(audit.map((a) => a.action)).toContain('roadmap.item.status-from-record');
  });
});

describe('snapshots and comparison', () => {
  it('freezes a named snapshot and compares it with the current state and with a later snapshot', async () => {
    expect((await w.seeker.client.post(url('/snapshots'), { name: '  ' })).statusCode).toBe(400);
    const first = await w.seeker.client.post(url('/snapshots'), { name: 'Hội thảo tháng 11' });
    expect(first.statusCode).toBe(201);
    const { version } = await current();
    await w.seeker.client.post(url('/items/product-premium/move'), { period: period(2027, 2028), version });
    await addItem('rd-pilot', 'rd', 'Thử nghiệm quy mô pilot', period(2027));
    await w.seeker.client.delete(url(`/items/tech-traceability?version=${(await current()).version}`));
    const diff = (await w.seeker.client.get(url(`/compare?from=${first.json().id}`))).json();
    expect(diff.added.map((i: { id: string }) => i.id)).toEqual(['rd-pilot']);
    expect(diff.removed.map((i: { id: string }) => i.id)).toEqual(['tech-traceability']);
    expect(diff.moved).toEqual([
      { id: 'product-premium', from: { layerCode: 'product', period: period(2026, 2027) }, to: { layerCode: 'product', period: period(2027, 2028) } },
    ]);
    expect(diff.linksRemoved).toHaveLength(1);
    const second = (await w.seeker.client.post(url('/snapshots'), { name: 'Sau rà soát' })).json();
    const between = (await w.seeker.client.get(url(`/compare?from=${first.json().id}&to=${second.id}`))).json();
    expect(between.added).toHaveLength(1);
    const frozen = (await w.seeker.client.get(url(`/snapshots/${first.json().id}`))).json();
    expect(frozen.roadmap.items.map((i: { id: string }) => i.id)).toContain('tech-traceability');
    expect((await w.seeker.client.get(url('/snapshots'))).json().items.map((s: { name: string }) => s.name)).toEqual(['Sau rà soát', 'Hội thảo tháng 11']);
  });
});

describe('JSON export and import', () => {
  it('gives the same roadmap back, ids kept', async () => {
    const exported = await w.seeker.client.get(url('/export.json'));
    expect(exported.headers['content-type']).toContain('application/json');
    const document = exported.json();
    expect(document.format).toBe('techbridge-roadmap');
    const copy = { ...document, roadmap: { ...document.roadmap, id: 'imported-copy' } };
    const imported = await w.seeker.client.post('/api/roadmaps/import', copy);
    expect(imported.statusCode, imported.body).toBe(201);
    const again = (await w.seeker.client.get('/api/roadmaps/imported-copy/export.json')).json();
    expect(again).toEqual(copy);
    // The same id twice is refused; nothing is overwritten.
    expect((await w.seeker.client.post('/api/roadmaps/import', copy)).statusCode).toBe(409);
  });

  it('refuses a malformed file with the field at fault and writes nothing', async () => {
    const count = async () => (await ctx.database.db.select().from(roadmaps)).length;
    const before = await count();
    const wrong = await w.seeker.client.post('/api/roadmaps/import', { format: 'other' });
    expect(wrong.json().error.details.fields[0]).toMatchObject({ path: 'format', code: 'wrong_format' });
    const document = (await w.seeker.client.get(url('/export.json'))).json();
    const bad = structuredClone(document);
    bad.roadmap.id = 'bad-import';
    bad.roadmap.items[0].period = period(2040);
    const outside = await w.seeker.client.post('/api/roadmaps/import', bad);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.fields[0].path).toBe('roadmap.items[0].period.start');
    const strangers = structuredClone(document);
    strangers.roadmap.id = 'not-mine';
    expect((await w.outsider.client.post('/api/roadmaps/import', strangers)).statusCode).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('authorisation', () => {
  it('keeps an enterprise roadmap to the enterprise, its connection point and the agency until it publishes it', async () => {
    expect((await anonymous.get(url())).statusCode).toBe(404);
    expect((await w.outsider.client.get(url())).statusCode).toBe(404);
    expect((await w.supplier.client.get(url())).statusCode).toBe(404);
    expect((await w.broker.client.get(url())).json().canEdit).toBe(false);
    expect((await w.agency.client.get(url())).statusCode).toBe(200);
    expect((await w.outsider.client.get('/api/roadmaps')).json().items.map((r: { id: string }) => r.id)).not.toContain(w.roadmapId);
    expect((await w.broker.client.get('/api/roadmaps')).json().items.map((r: { id: string }) => r.id)).toContain(w.roadmapId);
    const { version } = await current();
    expect((await w.outsider.client.patch(url(), { published: true, version })).statusCode).toBe(404);
    expect((await w.broker.client.patch(url(), { published: true, version })).statusCode).toBe(403);
    expect((await w.seeker.client.patch(url(), { published: true, version })).statusCode).toBe(200);
    const seen = await anonymous.get(url());
    expect(seen.statusCode).toBe(200);
    expect(seen.json().canEdit).toBe(false);
    expect((await w.outsider.client.post(url('/snapshots'), { name: 'x' })).statusCode).toBe(403);
  });

  it('lets only the agency start a national roadmap and an enterprise or its point start the enterprise’s', async () => {
    const body = (scope: object, owner: string) => ({
      title: text('Lộ trình quốc gia IoT'),
      scope,
      ownerOrganisationId: owner,
      startYear: 2026,
      horizonYears: 10,
    });
    expect((await w.seeker.client.post('/api/roadmaps', body({ kind: 'national' }, w.enterprise.id))).statusCode).toBe(403);
    expect((await w.outsider.client.post('/api/roadmaps', body({ kind: 'enterprise', organisationId: w.enterprise.id }, w.stranger.id))).statusCode).toBe(403);
    expect((await w.broker.client.post('/api/roadmaps', body({ kind: 'enterprise', organisationId: w.enterprise.id }, w.centre.id))).statusCode).toBe(201);
    expect((await w.broker.client.post('/api/roadmaps', body({ kind: 'sector', vsicCode: '10203' }, w.centre.id))).statusCode).toBe(201);
    const badSector = await w.broker.client.post('/api/roadmaps', body({ kind: 'sector', vsicCode: 'ZZ' }, w.centre.id));
    expect(badSector.json().error.details.fields[0].path).toBe('scope.vsicCode');
  });
});

describe('exports', () => {
  it('draws the chart as SVG in both languages, and as PNG and PDF', async () => {
    const vi = await w.seeker.client.get(url('/export/svg?lang=vi'));
    expect(vi.headers['content-type']).toContain('image/svg+xml');
    expect(vi.body).toContain('Thị trường');
    expect(vi.body).toContain('Enzyme rút ngắn ủ chượp');
    const en = await w.seeker.client.get(url('/export/svg?lang=en'));
    expect(en.body).toContain('Market');
    const png = await w.seeker.client.get(url('/export/png?lang=en'));
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const pdf = await w.seeker.client.get(url('/export/pdf?lang=vi'));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes the PDF through pdfkit with its Vietnamese text: the title over the chart, then the items by lane and the links', async () => {
    const vi = (await w.seeker.client.get(url('/export/pdf?lang=vi'))).rawPayload;
    expect(pdfPageCount(vi)).toBe(2);
    const text = pdfText(vi);
    expect(text).toContain('Lộ trình đổi mới công nghệ Cửa Hội');
    expect(text).toContain('Các hạng mục theo lớp');
    expect(text).toContain('Nước mắm cao cấp 40 độ đạm — 2027 – 2028 — Đã lên kế hoạch');
    expect(text).toContain('Xuất khẩu sang EU cần Nước mắm cao cấp 40 độ đạm');
    // The chart itself is one image on the first page: wider than high, not blank, the delivered item drawn in its colour
    // (far more of it than the legend's swatch, which is all the status no item has gets).
    const { png } = pdfFirstPageImage(vi);
    const meta = await sharp(png).metadata();
    expect(meta.width ?? 0).toBeGreaterThan(meta.height ?? 0);
    expect((await sharp(png).stats()).channels[0].min).toBeLessThan(100);
    expect(await pixelsOfColour(png, statusColours.delivered)).toBeGreaterThan(3 * (await pixelsOfColour(png, statusColours['in-progress'])));
    const en = pdfText((await w.seeker.client.get(url('/export/pdf?lang=en'))).rawPayload);
    expect(en).toContain('Items by layer');
    expect(en).toContain('Cua Hoi innovation roadmap');
  });
});
