import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roadmaps } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { period, roadmapsWorld, text } from './roadmaps-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof roadmapsWorld>>;
let anonymous: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await roadmapsWorld(ctx);
  anonymous = new TestClient(ctx.app, 'en');
  const { version } = (await w.seeker.client.get(`/api/roadmaps/${w.roadmapId}`)).json();
  const added = await w.seeker.client.post(`/api/roadmaps/${w.roadmapId}/items`, {
    id: 'tech-enzyme',
    layerCode: 'technology',
    title: text('Enzyme rút ngắn ủ chượp'),
    period: period(2027),
    version,
  });
  if (added.statusCode !== 201) throw new Error(added.body);
});
afterAll(async () => ctx?.close());

const url = (suffix = '') => `/api/roadmaps/${w.roadmapId}${suffix}`;
const current = async (client = w.seeker.client) => (await client.get(url())).json();
const stored = async () => (await ctx.database.db.select().from(roadmaps).where(eq(roadmaps.id, w.roadmapId)))[0];
type Layer = { code: string; name: { vi: string; en: string } };
const layersOf = async (): Promise<Layer[]> => (await current()).roadmap.layers;
const putLayers = async (layers: Array<{ code?: string; name: { vi: string; en: string } }>, client = w.seeker.client) =>
  client.put(url('/layers'), { layers, version: (await current()).version });

describe('layers', () => {
  it('adds, renames and reorders lanes in one edit, keeping the link kinds of the lanes kept', async () => {
    expect((await anonymous.put(url('/layers'), { layers: [{ name: text('x') }], version: 1 })).statusCode).toBe(401);
    const before = await layersOf();
    const renamed = before.map((l) => (l.code === 'rd' ? { code: l.code, name: text('Dự án', 'Projects') } : { code: l.code, name: l.name }));
    const [market, ...rest] = renamed;
    const saved = await putLayers([...rest.slice(0, 1), market, ...rest.slice(1), { name: text('Chính sách', 'Policy') }]);
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await layersOf();
    expect(after.map((l) => l.code).slice(0, 5)).toEqual(['product', 'market', 'technology', 'rd', 'resources']);
    expect(after.find((l) => l.code === 'rd')?.name).toEqual(text('Dự án', 'Projects'));
    expect(after[5].name).toEqual(text('Chính sách', 'Policy'));
    expect(after[5].code).toMatch(/^layer-/);
    expect(after.find((l) => l.code === 'technology')).toEqual(before.find((l) => l.code === 'technology'));
    expect(after[5]).toMatchObject({
      linkStarts: ['needs', 'delivered-by', 'enables', 'supports', 'relates-to'],
      linkEnds: ['needs', 'delivered-by', 'enables', 'supports', 'relates-to'],
    });
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, w.roadmapId));
    expect(audit.map((a) => a.action)).toContain('roadmap.layers.update');
  });

  it('removes an empty lane, refuses to remove one that holds items naming it, and refuses a blank name on its field', async () => {
    const layers = await layersOf();
    const policy = layers[5];
    const removed = await putLayers(layers.filter((l) => l.code !== policy.code));
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await layersOf()).map((l) => l.code)).not.toContain(policy.code);

    const version = (await stored()).version;
    const inUse = await putLayers((await layersOf()).filter((l) => l.code !== 'technology'));
    expect(inUse.statusCode).toBe(400);
    const field = inUse.json().error.details.fields[0];
    expect(field).toMatchObject({ path: 'layers', code: 'layer_in_use' });
    expect(field.message).toContain('(Technology)');
    expect(field.message).toContain('move them to another layer');

    const blank = await putLayers([...(await layersOf()), { name: text('  ', '') }]);
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.details.fields[0]).toMatchObject({ path: 'layers[5].name', code: 'blank' });
    const duplicate = await putLayers([...(await layersOf()), { code: 'market', name: text('Thị trường 2') }]);
    expect(duplicate.json().error.details.fields[0]).toMatchObject({ path: 'layers[5].code', code: 'duplicate_id' });
    const none = await putLayers([]);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.fields[0].path).toBe('layers');
    expect((await stored()).version).toBe(version);
  });

  it('refuses a reorder that would turn a link the wrong way, naming the link by its items', async () => {
    const { version } = await current();
    const added = await w.seeker.client.post(url('/items'), {
      id: 'product-premium',
      layerCode: 'product',
      title: text('Nước mắm cao cấp'),
      period: period(2027),
      version,
    });
    const linked = await w.seeker.client.post(url('/links'), { kind: 'needs', from: 'product-premium', to: 'tech-enzyme', version: added.json().version });
    expect(linked.statusCode, linked.body).toBe(201);
    const layers = await layersOf();
    const swapped = layers.map((l) => (l.code === 'product' ? layers[2] : l.code === 'technology' ? layers[0] : l));
    const refused = await putLayers(swapped);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0]).toMatchObject({ path: 'layers', code: 'link_direction_not_allowed' });
    expect(refused.json().error.details.fields[0].message).toContain('Nước mắm cao cấp → Enzyme rút ngắn ủ chượp');
  });

  it('lets only the roadmap’s editors change its lanes', async () => {
    const layers = await layersOf();
    expect((await putLayers(layers, w.broker.client)).statusCode).toBe(403);
    expect((await putLayers(layers, w.outsider.client)).statusCode).toBe(404);
  });
});

describe('an item’s confidence and description', () => {
  const itemBody = async (more: object) => {
    const detail = await current();
    const item = detail.roadmap.items.find((i: { id: string }) => i.id === 'tech-enzyme');
    return { layerCode: item.layerCode, title: item.title, period: item.period, status: item.status, ...more, version: detail.version };
  };

  it('saves them, and refuses a description too long or a confidence not on the scale with the field named in the reader’s language', async () => {
    const saved = await w.seeker.client.put(
      url('/items/tech-enzyme'),
      await itemBody({ confidence: 'high', description: 'Hợp tác với viện, thử nghiệm 2027.' }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const item = (await current()).roadmap.items.find((i: { id: string }) => i.id === 'tech-enzyme');
    expect(item).toMatchObject({ confidence: 'high', description: 'Hợp tác với viện, thử nghiệm 2027.' });
    const version = (await stored()).version;
    const long = await w.seeker.client.put(url('/items/tech-enzyme'), await itemBody({ description: 'x'.repeat(5001) }));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details.fields[0].path).toBe('description');
    expect(long.json().error.details.fields[0].message).toMatch(/5[.,]000/);
    const odd = await w.seeker.client.put(url('/items/tech-enzyme'), await itemBody({ confidence: 7 }));
    expect(odd.statusCode).toBe(400);
    expect(odd.json().error.details.fields[0].path).toBe('confidence');
    expect((await stored()).version).toBe(version);
  });
});

describe('records tied and untied', () => {
  it('shows the tied offer’s and demand’s live state, unties one and keeps the other, and refuses strangers', async () => {
    const tie = async (kind: string, id: string) => w.seeker.client.post(url('/items/tech-enzyme/records'), { kind, id, version: (await current()).version });
    expect((await tie('offer', w.offer.id)).statusCode).toBe(200);
    expect((await tie('demand', w.demand.id)).statusCode).toBe(200);
    const live = (await current()).live['tech-enzyme'];
    expect(live.map((r: { kind: string }) => r.kind)).toEqual(['offer', 'demand']);
    expect(live.every((r: { title: string | null; state: string }) => r.title && r.state)).toBe(true);

    const { version } = await current();
    const path = url(`/items/tech-enzyme/records/offer/${w.offer.id}?version=${version}`);
    expect((await w.broker.client.delete(path)).statusCode).toBe(403);
    expect((await w.outsider.client.delete(path)).statusCode).toBe(404);
    expect((await anonymous.delete(path)).statusCode).toBe(401);
    const untied = await w.seeker.client.delete(path);
    expect(untied.statusCode, untied.body).toBe(200);
    expect((await current()).live['tech-enzyme'].map((r: { kind: string }) => r.kind)).toEqual(['demand']);
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, w.roadmapId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['roadmap.item.link-record', 'roadmap.item.unlink-record']));
  });
});

describe('links with a custom layer', () => {
  it('links the items of a lane the owner added to the default lanes, and keeps refusing what the rules refuse', async () => {
    const kept = (await layersOf()).map((l) => ({ code: l.code, name: l.name }));
    expect((await putLayers([...kept, { name: text('Thí điểm', 'Pilots') }])).statusCode).toBe(200);
    const pilots = (await layersOf()).at(-1)!;
    expect(pilots.name).toEqual(text('Thí điểm', 'Pilots'));
    const added = await w.seeker.client.post(url('/items'), {
      id: 'pilot-hue',
      layerCode: pilots.code,
      title: text('Thí điểm tại Huế'),
      period: period(2027),
      version: (await current()).version,
    });
    expect(added.statusCode, added.body).toBe(201);
    const link = async (body: { kind: string; from: string; to: string }) =>
      w.seeker.client.post(url('/links'), { ...body, version: (await current()).version });
    // "relates to" and "needs" join the custom lane to a default one, whichever way round.
    expect((await link({ kind: 'relates-to', from: 'pilot-hue', to: 'tech-enzyme' })).statusCode).toBe(201);
    expect((await link({ kind: 'needs', from: 'tech-enzyme', to: 'pilot-hue' })).statusCode).toBe(201);
    const saved = (await current()).roadmap.links as Array<{ kind: string; from: string; to: string }>;
    expect(saved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'relates-to', from: 'pilot-hue', to: 'tech-enzyme' }),
        expect.objectContaining({ kind: 'needs', from: 'tech-enzyme', to: 'pilot-hue' }),
      ]),
    );
    // A cycle of "needs" through the custom lane, and "relates to" between two default lanes, are refused and write nothing.
    const before = (await stored()).version;
    const cycle = await link({ kind: 'needs', from: 'pilot-hue', to: 'tech-enzyme' });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.details.fields[0].path).toBe('to');
    const defaults = await link({ kind: 'relates-to', from: 'product-premium', to: 'tech-enzyme' });
    expect(defaults.statusCode).toBe(400);
    expect(defaults.json().error.details.fields[0].path).toBe('kind');
    expect((await stored()).version).toBe(before);
  });

  it('lets the owner choose the kinds of link a custom lane takes part in, refusing a choice that would forbid a link already drawn', async () => {
    const lanes = async () => (await current()).roadmap.layers as Array<Layer & { linkStarts: string[]; linkEnds: string[] }>;
    const pilots = (await lanes()).at(-1)!;
    const withPilots = async (kinds: { linkStarts?: string[]; linkEnds?: string[] }) =>
      (await lanes()).map((l) => ({ code: l.code, name: l.name, ...(l.code === pilots.code ? kinds : {}) }));
    // "tech-enzyme needs pilot-hue" ends on the lane: taking "needs" off its ends is refused, naming the link, and writes nothing.
    const before = (await stored()).version;
    const refused = await w.seeker.client.put(url('/layers'), { layers: await withPilots({ linkEnds: ['relates-to'] }), version: before });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0]).toMatchObject({ path: 'layers', code: 'link_end_not_allowed' });
    expect(refused.json().error.details.fields[0].message).toContain('Enzyme rút ngắn ủ chượp → Thí điểm tại Huế');
    expect((await stored()).version).toBe(before);
    // Only "relates to" may start there, and only "needs" end there (given in any order, kept in the order of the kinds).
    const chosen = await w.seeker.client.put(url('/layers'), {
      layers: await withPilots({ linkStarts: ['relates-to'], linkEnds: ['needs', 'needs'] }),
      version: before,
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect((await lanes()).at(-1)).toMatchObject({ code: pilots.code, linkStarts: ['relates-to'], linkEnds: ['needs'] });
    expect((await lanes()).find((l) => l.code === 'market')?.linkStarts).toEqual(['needs']);
    // Its items may no longer start a "needs" link.
    const startsNeeds = await w.seeker.client.post(url('/links'), {
      kind: 'needs',
      from: 'pilot-hue',
      to: 'product-premium',
      version: (await current()).version,
    });
    expect(startsNeeds.statusCode).toBe(400);
    expect(startsNeeds.json().error.details.fields[0]).toMatchObject({ path: 'kind', code: 'link_start_not_allowed' });
    // A kind that is not one is refused on its field.
    const unknown = await w.seeker.client.put(url('/layers'), { layers: await withPilots({ linkStarts: ['owns'] }), version: (await current()).version });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toMatch(/^layers\.5\.linkStarts/);
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, w.roadmapId));
    expect(audit.filter((a) => a.action === 'roadmap.layers.update').length).toBeGreaterThanOrEqual(2);
  });
});
