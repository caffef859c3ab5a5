import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roadmaps, roadmapSnapshots, technologyMaps } from '../../src/db/schema/index.js';
import type { Roadmap } from '../../src/domain/roadmaps/types.js';
import type { TechnologyMap } from '../../src/domain/roadmaps/technology-map/types.js';
import { newOrganisation } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { foreignCursors, walkPages } from '../support/walk-pages.js';

/**
 * Roadmaps, one roadmap's snapshots and the technology maps page by cursor past 500 rows: every row
 * once, in order, the real total on every page; a cursor the server did not make is a 400 on `cursor`.
 */
let ctx: TestContext;
let anonymous: TestClient;
const ROADMAPS = 512;
const SNAPSHOTS = 230;
const MAPS = 205;
const roadmapId = 'paged-roadmap';
const doc = { items: [] } as unknown as Roadmap;

beforeAll(async () => {
  ctx = await createTestApp();
  anonymous = new TestClient(ctx.app, 'en');
  const db = ctx.database.db;
  const owner = await newOrganisation(db);
  // Few distinct change times, so the id breaks most ties.
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + (i % 7)));
  await db.insert(roadmaps).values(
    Array.from({ length: ROADMAPS }, (_, i) => ({
      id: i === 0 ? roadmapId : `paged-${String(i).padStart(4, '0')}`,
      titleVi: `Lộ trình ${i}`,
      titleEn: `Roadmap ${i}`,
      scopeKind: 'sector',
      vsicCode: '10203',
      ownerOrganisationId: owner.id,
      published: i % 10 !== 3,
      document: doc,
      updatedAt: at(i),
    })),
  );
  await db
    .insert(roadmapSnapshots)
    .values(
      Array.from({ length: SNAPSHOTS }, (_, i) => ({ roadmapId, name: i % 3 === 0 ? `Sau hội thảo ${i}` : `Phiên bản ${i}`, document: doc, takenAt: at(i) })),
    );
  await db.insert(technologyMaps).values(
    Array.from({ length: MAPS }, (_, i) => ({
      id: `paged-map-${i}`,
      titleVi: `Bản đồ ${i % 4}`,
      titleEn: `Map ${i}`,
      vsicCode: '10203',
      published: i !== 7,
      document: {} as TechnologyMap,
    })),
  );
});
afterAll(async () => ctx?.close());

describe('roadmap lists page by cursor with their real total', () => {
  it('walks every published roadmap once, most recently changed first', async () => {
    const published = (await ctx.database.db.select({ id: roadmaps.id, published: roadmaps.published }).from(roadmaps)).filter((r) => r.published);
    expect(published.length).toBeGreaterThan(450);
    const { rows, totals } = await walkPages<{ id: string; updatedAt: string }>(anonymous, '/api/roadmaps');
    expect(totals).toEqual([published.length]);
    expect(rows.map((r) => r.id).sort()).toEqual(published.map((r) => r.id).sort());
    const times = rows.map((r) => r.updatedAt);
    expect(times).toEqual([...times].sort((a, b) => b.localeCompare(a)));
  });

  it("walks one roadmap's snapshots, newest first, and searches their names on the server", async () => {
    const { rows, totals, pages } = await walkPages<{ id: string; takenAt: string }>(anonymous, `/api/roadmaps/${roadmapId}/snapshots`, 50);
    expect(totals).toEqual([SNAPSHOTS]);
    expect(pages).toBe(Math.ceil(SNAPSHOTS / 50));
    expect(new Set(rows.map((r) => r.id)).size).toBe(SNAPSHOTS);
    const times = rows.map((r) => r.takenAt);
    expect(times).toEqual([...times].sort((a, b) => b.localeCompare(a)));
    const found = await walkPages<{ name: string }>(anonymous, `/api/roadmaps/${roadmapId}/snapshots?q=${encodeURIComponent('sau hoi thao')}`, 20);
    expect(found.totals).toEqual([Math.ceil(SNAPSHOTS / 3)]);
    expect(found.rows).toHaveLength(Math.ceil(SNAPSHOTS / 3));
    expect(found.rows.every((r) => r.name.startsWith('Sau hội thảo'))).toBe(true);
  });

  it('walks the published technology maps by title, ties broken by id', async () => {
    const { rows, totals } = await walkPages<{ id: string }>(anonymous, '/api/technology-maps', 30);
    const published = (await ctx.database.db.select({ id: technologyMaps.id, published: technologyMaps.published }).from(technologyMaps)).filter(
      (m) => m.published,
    );
    expect(totals).toEqual([published.length]);
    expect(rows.map((r) => r.id).sort()).toEqual(published.map((m) => m.id).sort());
    expect(rows.map((r) => r.id)).not.toContain('paged-map-7');
  });

  it('refuses a cursor it did not make with 400 on the cursor', async () => {
    // Maps are ordered by two text keys: any two short strings are a place in that order, so only malformed cursors are refused.
    const twoTexts = (cursor: string) => /^\["[^"]*","[^"]*"\]$/.test(Buffer.from(cursor, 'base64url').toString('utf8'));
    const cases = [
      ...['/api/roadmaps', `/api/roadmaps/${roadmapId}/snapshots`].flatMap((path) => foreignCursors.map((cursor) => [path, cursor])),
      ...foreignCursors.filter((cursor) => !twoTexts(cursor)).map((cursor) => ['/api/technology-maps', cursor]),
    ];
    for (const [path, cursor] of cases) {
      const response = await anonymous.get(`${path}?cursor=${cursor}`);
      expect(response.statusCode, `${path} ${cursor}: ${response.body}`).toBe(400);
      expect(response.body).toContain('cursor');
    }
  });
});
