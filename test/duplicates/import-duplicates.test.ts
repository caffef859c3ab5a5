import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalDir, importThroughApi } from '../imports/import-helpers.js';
import { agencyClient, newOffer } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';

let ctx: TestContext;
let agency: TestClient;
beforeAll(async () => {
  ctx = await createTestApp();
  agency = (await agencyClient(ctx.app, ctx.database.db, 'en')).client;
});
afterAll(async () => ctx?.close());

const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('an import is checked for duplicates', () => {
  it('lists the imported records that likely duplicate published ones, and not the others', async () => {
    const lines = fs
      .readFileSync(new URL('offers.jsonl', evalDir), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 12)
      .map((line) => JSON.parse(line) as { externalId: string; title: string; summary?: string; description?: string; sectorCode?: string; trl?: number });
    // The first offer is already in the catalogue, entered by hand by another point.
    const original = lines[0]!;
    const published = await newOffer(ctx.database.db, {
      title: original.title,
      summary: original.summary,
      description: original.description,
      sectorCode: original.sectorCode,
      trl: original.trl,
    });
    // The file brings it again without diacritics, next to eleven other offers.
    const copy = {
      ...original,
      externalId: 'COPY-1',
      title: strip(original.title),
      summary: strip(original.summary ?? ''),
      description: strip(original.description ?? ''),
    };
    const file = [copy, ...lines.slice(1)];
    const report = await importThroughApi(ctx, agency, 'offers', { name: 'offers.jsonl', data: Buffer.from(file.map((l) => JSON.stringify(l)).join('\n')) });
    expect(report.imported).toBe(12);
    const found = report.likelyDuplicates.filter((d) => d.externalId === 'COPY-1');
    expect(found).toHaveLength(1);
    expect(found[0]!.duplicateOf.id).toBe(published.id);
    expect(found[0]!.score).toBeGreaterThan(0.4);
    // The eval set's offers are different technologies: none is reported against another.
    expect(report.likelyDuplicates.filter((d) => d.externalId !== 'COPY-1')).toEqual([]);
  });
});
