/**
 * Time to import a generated 10,000-row .xlsx of offers, on PGlite and (when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set) on PostgreSQL, next to two baselines measured in the same run:
 * reading and validating the file without writing, and a naive row-by-row insert.
 * Run: npx tsx bench/import.ts [rows]
 */
import { openPglite, type Database } from '../src/db/client.js';
import { offers } from '../src/db/schema/index.js';
import { validateRows } from '../src/shared/imports/validate-rows.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { recordAudit, systemContext } from '../src/server/modules/audit/audit.service.js';
import { interchangeColumns, offerColumns } from '../src/server/modules/imports/record-columns.js';
import { loadInterchangeReference, provinceInputsOf } from '../src/server/modules/imports/interchange-reference.js';
import { importFile } from '../src/server/modules/imports/imports.service.js';
import { readSheet } from '../src/server/modules/imports/xlsx-reader.js';
import { writeWorkbook } from '../src/server/modules/imports/xlsx-writer.js';
import { generatedOffer } from '../test/imports/generated-offers.js';
import { openScratchPostgres } from '../test/support/test-database.js';
import { benchEngines, ranInOwnProcesses } from './engines.js';

const ROWS = Number(process.argv[2] ?? 10_000);
const NAIVE_ROWS = Math.min(ROWS, 1_000);
const config = loadConfig({ DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: 'Bench@12345' });

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The obvious first implementation: one INSERT and one audit entry per row, each in its own transaction. */
async function naiveInsert(database: Database, data: Buffer) {
  const { lines } = await readSheet('offers', data);
  const some = lines.slice(0, NAIVE_ROWS);
  const reference = await loadInterchangeReference(database.db, provinceInputsOf(some.map((l) => l.value)));
  const { accepted } = validateRows('offers', some, reference);
  for (const { record } of accepted) {
    await database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(offers)
        .values({ ...offerColumns(record), externalId: `NAIVE-${record.externalId}`, status: 'published' })
        .returning({ id: offers.id });
      await recordAudit(tx, systemContext, { action: 'offer.import-create', entityType: 'offer', entityId: row.id, after: record });
    });
  }
  return accepted.length;
}

async function bench(label: string, database: Database, data: Buffer) {
  await prepareDatabase(database, config);
  const parse = await timed(async () => {
    const parsed = await readSheet('offers', data);
    const reference = await loadInterchangeReference(database.db, provinceInputsOf(parsed.lines.map((l) => l.value)));
    return validateRows('offers', parsed.lines, reference).accepted.length;
  });
  const first = await timed(() => importFile(database.db, null, systemContext, 'offers', 'xlsx', data));
  const again = await timed(() => importFile(database.db, null, systemContext, 'offers', 'xlsx', data));
  const naive = await timed(() => naiveInsert(database, data));
  const perRow = naive.ms / naive.value;
  console.log(`\n${label}`);
  console.log(`  baseline: read + validate ${ROWS} rows, no writes   ${seconds(parse.ms)}`);
  console.log(`  baseline: naive row-by-row insert                   ${seconds(perRow * ROWS)} for ${ROWS} (measured ${seconds(naive.ms)} for ${naive.value})`);
  console.log(
    `  import (new records)                                ${seconds(first.ms)}   imported ${first.value.imported}, rejected ${first.value.rejected.length}`,
  );
  console.log(`  import again (idempotent)                           ${seconds(again.ms)}   unchanged ${again.value.unchanged}`);
  console.log(`  target ≤ 15 s: ${first.ms <= 15_000 ? 'met' : 'NOT met'}`);
  await database.close();
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engines = benchEngines(url);
if (!ranInOwnProcesses(engines)) {
  const lines = Array.from({ length: ROWS }, (_, i) => generatedOffer(i));
  const data = await writeWorkbook('offers', lines, []);
  console.log(
    `TechBridge import benchmark: ${ROWS} offers in a ${(data.length / 1024 / 1024).toFixed(1)} MB .xlsx, ${interchangeColumns.offers.length} columns written per row`,
  );
  if (engines.includes('pglite')) await bench('PGlite (in memory)', await openPglite(null), data);
  if (engines.includes('postgres')) await bench('PostgreSQL', await openScratchPostgres(url!, 'tb_bench', 4), data);
  if (!url) console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}
