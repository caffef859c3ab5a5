import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { moduleJobHandlers } from '../../src/server/modules/index.js';
import { enqueueBulkRegeneration } from '../../src/server/modules/open-data/bulk-files.js';
import { newOffer } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

it('regenerates the bulk files in the background, one job at a time', async () => {
  const db = ctx.database.db;
  const visitor = new TestClient(ctx.app);
  await newOffer(db, { title: 'Công nghệ thứ nhất' });
  // The first download writes the files at once; later ones read what the job last wrote.
  expect((await visitor.get('/api/open-data/bulk/offers.jsonl')).body.trim().split('\n')).toHaveLength(1);
  await newOffer(db, { title: 'Công nghệ thứ hai' });
  expect((await visitor.get('/api/open-data/bulk/offers.jsonl')).body.trim().split('\n')).toHaveLength(1);

  await enqueueBulkRegeneration(db);
  await enqueueBulkRegeneration(db);
  expect(await runDueJobs({ db, config: ctx.config }, moduleJobHandlers)).toBe(1);
  const lines = (await visitor.get('/api/open-data/bulk/offers.jsonl')).body.trim().split('\n');
  expect(lines.map((l) => JSON.parse(l).title).sort()).toEqual(['Công nghệ thứ hai', 'Công nghệ thứ nhất']);
  const index = (await visitor.get('/api/open-data')).json() as { bulk: Array<{ name: string; records: number }> };
  expect(index.bulk.find((f) => f.name === 'offers.jsonl')!.records).toBe(2);
});
