/**
 * The duplicate warning's check of one record being written against 100,000 published offers on
 * PostgreSQL (`DATABASE_URL`, or BENCH_DATABASE_URL / TEST_DATABASE_URL: a scratch database is
 * made from it and dropped), next to a plain pg_trgm similarity scan of the titles in the same run.
 * The catalogue is duplicates-corpus.ts's synthetic offers (long-tailed names, catalogue-like word
 * frequencies); the records checked are its planted re-entered copies, so each method is also
 * scored on whether it finds the original. Target: ≤ 50 ms a check.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/duplicates.ts [offers]
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { offers } from '../src/db/schema/index.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { benchAgency } from './support/bench-database.js';
import { checkRecord } from '../src/server/modules/duplicates/duplicates.service.js';
import { openPostgres } from '../src/db/client.js';
import { databaseUrl, openScratchPostgres } from '../test/support/test-database.js';
import { syntheticOffers } from './duplicates-corpus.js';

const SIZE = Number(process.argv[2] ?? 100_000);
const CHECKED = 60;
const BATCH = 2_000;
const url = process.env.DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url?.startsWith('postgres')) {
  console.error('bench/duplicates measures PostgreSQL: set DATABASE_URL (or BENCH_DATABASE_URL) to a server the bench may create a database on.');
  process.exit(1);
}

// Network staff: every published record is theirs to be warned of, as for anyone.
const actor = benchAgency;

const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);
const percentile = (times: number[], p: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

async function load(database: Database) {
  // One in 1,000 offers is followed by a re-entered copy: the copies are kept out, to be checked.
  const { records, planted } = syntheticOffers(SIZE + Math.ceil(SIZE / 1000), 1000);
  const copies = new Set(planted.map(([, copy]) => copy));
  const catalogue = records.filter((r) => !copies.has(r.externalId)).slice(0, SIZE);
  const gin = rowsOf<{ indexname: string; indexdef: string }>(
    await database.db.execute(sql`select indexname, indexdef from pg_indexes where tablename = 'offers' and indexdef ilike '%using gin%'`),
  );
  for (const index of gin) await database.db.execute(sql.raw(`drop index ${index.indexname}`));
  for (let i = 0; i < catalogue.length; i += BATCH) {
    await database.db.insert(offers).values(
      catalogue.slice(i, i + BATCH).map((r) => ({
        externalId: r.externalId,
        language: r.language,
        title: r.title,
        summary: r.summary,
        description: r.description,
        keywords: r.keywords,
        sectorCode: r.sectorCode,
        trl: r.trl,
        ownerName: r.ownerName ?? null,
        country: r.country,
        priceVnd: r.priceVnd,
        status: 'published',
        publishedAt: new Date(),
      })),
    );
  }
  for (const index of gin) await database.db.execute(sql.raw(index.indexdef));
  await database.db.execute(sql`analyze offers`);
  return plantedProbes(database);
}

/** The planted copies to check, with the id their original has in the database (the corpus is seeded: the same every run). */
async function plantedProbes(database: Database) {
  const { records, planted } = syntheticOffers(SIZE + Math.ceil(SIZE / 1000), 1000);
  const ids = new Map(
    rowsOf<{ id: string; external_id: string }>(await database.db.execute(sql`select id, external_id from offers`)).map((r) => [r.external_id, r.id]),
  );
  const byId = new Map(records.map((r) => [r.externalId, r]));
  return planted.slice(0, CHECKED).map(([original, copy]) => ({ originalId: ids.get(original)!, copy: byId.get(copy)! }));
}

type Probe = Awaited<ReturnType<typeof load>>[number];

async function measure(probes: Probe[], run: (probe: Probe) => Promise<string[]>) {
  await run(probes[0]!); // warm: plans, the word statistics read once
  const times: number[] = [];
  let found = 0;
  for (const probe of probes) {
    const started = performance.now();
    const ids = await run(probe);
    times.push(performance.now() - started);
    if (ids.includes(probe.originalId)) found++;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), found };
}

// BENCH_KEEP_DATABASE=<name>: load into that database once and keep it, so that a change to the method is timed again in seconds.
const kept = process.env.BENCH_KEEP_DATABASE;
const database = kept ? openPostgres(databaseUrl(url, kept), 5) : await openScratchPostgres(url, 'tb_bench_dup');
try {
  await prepareDatabase(database, loadConfig({ DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: 'Bench@12345' }));
  const loading = performance.now();
  const loaded = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from offers`))[0]!.n;
  const probes = kept && loaded >= SIZE ? await plantedProbes(database) : await load(database);
  console.log(
    `${SIZE.toLocaleString('en')} offers loaded in ${((performance.now() - loading) / 1000).toFixed(0)} s; checking ${probes.length} re-entered copies`,
  );

  const product = await measure(probes, async ({ copy }) =>
    (
      await checkRecord(database.db, actor, {
        type: 'offer',
        title: copy.title,
        summary: copy.summary,
        description: copy.description,
        keywords: copy.keywords,
        sectorCode: copy.sectorCode,
        trl: copy.trl,
        priceVnd: copy.priceVnd,
      })
    ).items.map((i) => i.record.id),
  );
  const trigram = await measure(probes, async ({ copy }) =>
    rowsOf<{ id: string }>(
      await database.db.execute(sql`select id from offers where status = 'published' order by similarity(title, ${copy.title}) desc limit 5`),
    ).map((r) => r.id),
  );
  const ms = (n: number) => n.toFixed(1).padStart(8);
  console.log(`\none record checked against ${SIZE.toLocaleString('en')} published offers, PostgreSQL; milliseconds (2 shared cores, other agents running)`);
  console.log(`${'method'.padEnd(58)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}  original found`);
  for (const [name, r] of [
    ['techbridge check (rare words via GIN, then the method)', product],
    ['plain pg_trgm similarity scan of titles, top 5 (baseline)', trigram],
  ] as const)
    console.log(`${name.padEnd(58)}${ms(r.p50)}${ms(r.p95)}${ms(r.max)}  ${r.found}/${probes.length}`);
} finally {
  await database.close();
}
