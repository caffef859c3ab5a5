/**
 * What a first `npm start` on a fresh data folder spends before it serves: migrations, reference
 * data, the bootstrap admin and the demo data set, on a PGlite folder (as `npm start` uses) and,
 * when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL. The second start (nothing
 * left to load) is measured in the same run as the baseline.
 * Run: npx tsx bench/demo-data.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, type Database } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { openTestDatabase } from '../test/support/test-database.js';

const config = loadConfig({ DEMO_DATA: 'true' });

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
}

async function measure(label: string, database: Database) {
  const migrate = await timed(() => migrateDatabase(database));
  // prepareDatabase migrates again (a no-op now), then loads reference, admin and demo data.
  const firstStart = await timed(() => prepareDatabase(database, config));
  const secondStart = await timed(() => prepareDatabase(database, config));
  console.log(
    `${label.padEnd(10)} migrations ${migrate} ms | reference + admin + demo data ${firstStart} ms | first start total ${migrate + firstStart} ms | second start ${secondStart} ms`,
  );
  await database.close();
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bench-demo-'));
await measure('PGlite', await openPglite(folder));
fs.rmSync(folder, { recursive: true, force: true });
if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) {
  process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
  await measure('PostgreSQL', await openTestDatabase());
}
