/**
 * `npx tsx bench/match.ts [--offers 100000,300000] [--queries 50] [--rematch 1000] [--templates test/fixtures/eval-dev]`
 * (BENCH_ENGINES=pglite or postgres to run one engine; each engine runs in a process of its own)
 * Ranks demands against published offers made from a labelled set's records on PGlite (in memory) and, when
 * BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a PostgreSQL server, on a scratch database
 * there. Prints p50/p95 per demand for the product's matcher (database candidates + re-rank),
 * the plain BM25 baseline over the same offers in memory, how many demands each leaves without a
 * match, and a full re-match of N demands as the re-match job runs it (batches, see matchEach). The
 * matcher keeps the features of every candidate it tokenises: each is timed when it meets its
 * candidates first and again when it finds them kept.
 * Each size gets a database of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite, type Database } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { sql } from 'drizzle-orm';
import { glossaryTerms, offerMatchFeatures, offers } from '../src/db/schema/index.js';
import { loadGlossary } from '../src/seed/glossary.js';
import { loadReferenceData } from '../src/seed/reference-data.js';
import { baselineIndex, baselineQueryFeatures, baselineRanking } from '../src/domain/matching/baseline.js';
import type { MatchDemand, MatchOffer } from '../src/domain/matching/types.js';
import { matchEach, matchOffers, versionedGlossary } from '../src/server/modules/matching/matcher.js';
import { openScratchPostgres } from '../test/support/test-database.js';
import { benchEngines, ranInOwnProcesses } from './engines.js';
import { cpuSplit } from './support/timing.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const sizes = (() => {
  const i = process.argv.indexOf('--offers');
  return i > 0 ? process.argv[i + 1].split(',').map(Number) : [100_000];
})();
const queryCount = arg('queries', 50);
const rematchCount = arg('rematch', 1000);

// Offers and demands are variations of a labelled set's records (realistic vocabulary and
// lengths), cycled to the requested count; the ids differ, the texts repeat.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const templateDir = (() => {
  const i = process.argv.indexOf('--templates');
  return i > 0 ? process.argv[i + 1] : fileURLToPath(new URL('../test/fixtures/eval-dev', import.meta.url));
})();
const readJsonl = (file: string) =>
  fs
    .readFileSync(path.join(templateDir, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const offerTemplates = readJsonl('offers.jsonl');
const demandTemplates = readJsonl('demands.jsonl');
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

function syntheticOffer(i: number) {
  const t = offerTemplates[i % offerTemplates.length];
  return {
    externalId: `B-${i}`,
    status: 'published',
    language: t.language === 'en' ? 'en' : 'vi',
    title: text(t.title),
    summary: text(t.summary),
    description: text(t.description),
    keywords: list(t.keywords),
    sectorCode: text(t.sectorCode) || null,
    trl: typeof t.trl === 'number' ? t.trl : null,
    priceVnd: random() < 0.3 ? null : Math.round(random() * 5e9),
    country: text(t.country) || 'VN',
  };
}

function syntheticDemand(i: number): MatchDemand {
  const t = demandTemplates[i % demandTemplates.length];
  return {
    id: `D-${i}`,
    language: t.language === 'en' ? 'en' : 'vi',
    title: text(t.title),
    description: text(t.description),
    keywords: list(t.keywords),
    sectorCodes: t.sectorCode ? [text(t.sectorCode)] : [],
    fieldCodes: [],
    minTrl: typeof t.minTrl === 'number' ? t.minTrl : null,
    budgetVnd: typeof t.budgetVnd === 'number' ? t.budgetVnd : null,
    seekAbroad: t.seekAbroad === true,
  };
}

const keptOffers = async (database: Database) => (await database.db.select({ n: sql<number>`count(*)::int` }).from(offerMatchFeatures))[0].n;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Wall-clock and this process's CPU time per call, each sorted (CPU time is steadier on a busy
 * machine), and how many demands got no match at all (a fast empty answer is no ranking).
 */
async function timeEach(demands: MatchDemand[], run: (d: MatchDemand) => Promise<unknown[]> | unknown[]) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let unmatched = 0;
  for (const demand of demands) {
    const start = performance.now();
    const usage = process.cpuUsage();
    const matches = await run(demand);
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    if (matches.length === 0) unmatched += 1;
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b), unmatched };
}

const summary = (t: { wall: number[]; cpu: number[]; unmatched: number }) =>
  `p50 ${ms(percentile(t.wall, 50))}  p95 ${ms(percentile(t.wall, 95))}  (Node CPU p50 ${ms(percentile(t.cpu, 50))}  p95 ${ms(percentile(t.cpu, 95))}; ${t.unmatched}/${t.wall.length} demands without a match)`;

async function bench(name: string, database: Database, offerCount: number) {
  await migrateDatabase(database);
  await database.db.transaction(async (tx) => {
    await loadReferenceData(tx);
    await loadGlossary(tx);
  });
  seed = 42;
  let start = performance.now();
  // Generated batch by batch, so that the matcher is timed without 100,000 offers held in this
  // process (a server does not hold them either; the garbage collector would bill their marking to it).
  for (let i = 0; i < offerCount; i += 1000) {
    await database.db.insert(offers).values(Array.from({ length: Math.min(1000, offerCount - i) }, (_, k) => syntheticOffer(i + k)));
  }
  console.log(`${name}: loaded ${offerCount} offers in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  // The matcher reads PostgreSQL's word statistics; PGlite has no autovacuum to collect them. The
  // vacuum is what autovacuum does to a freshly loaded table anyway: done first, it is not timed
  // with the matcher (on PostgreSQL it ran beside the first measurements, on the other core).
  await database.db.execute('VACUUM ANALYZE offers');

  const demands = Array.from({ length: queryCount }, (_, i) => syntheticDemand(i));
  const scope = { statuses: ['published'], limit: 10 };
  await matchOffers(database.db, demands[0], scope); // warm-up: glossary compile, query plans
  const matcher = await timeEach(demands, (d) => matchOffers(database.db, d, scope));
  console.log(`${name}: TechBridge matcher  ${summary(matcher)}`);
  const again = await timeEach(demands, (d) => matchOffers(database.db, d, scope));
  console.log(`${name}: the same demands again, their candidates' features kept  ${summary(again)}`);

  const rematch = Array.from({ length: rematchCount }, (_, i) => syntheticDemand(queryCount + i));
  // The matcher keeps each candidate's features once it has tokenised it, in the table and in this
  // process's memory. The first re-match starts with none, as after a glossary edit (one is made: a
  // term no text holds, so only the features' basis changes) and keeps them as it meets them (its
  // demands repeat 40 templates: after the first few dozen, most candidates were met before); the
  // second finds every one held.
  await database.db.delete(offerMatchFeatures);
  await database.db.insert(glossaryTerms).values({ vi: 'thuật ngữ đo thử', en: 'benchmark probe term' });
  for (const pass of ['none kept at the start', 'every candidate kept']) {
    const keptBefore = await keptOffers(database);
    start = performance.now();
    // Where the time went: this process's ranking, and the rest of the machine (the database server).
    const split = cpuSplit();
    // As the re-match job does: batches of 100, a few demands in flight, the glossary read once a batch.
    for (let i = 0; i < rematch.length; i += 100) {
      const batchScope = { ...scope, glossary: await versionedGlossary(database.db) };
      await matchEach(rematch.slice(i, i + 100), (d) => matchOffers(database.db, d, batchScope));
    }
    const rematchSeconds = (performance.now() - start) / 1000;
    console.log(
      `${name}: full re-match of ${rematchCount} demands (${pass}) in ${rematchSeconds.toFixed(1)} s (${split()}; offers with kept features ${keptBefore} → ${await keptOffers(database)})`,
    );
  }
  start = performance.now();
  for (const demand of rematch.slice(0, 100)) await matchOffers(database.db, demand, scope);
  console.log(`${name}: the same, one demand at a time: ${(((performance.now() - start) / 1000) * (rematchCount / 100)).toFixed(1)} s, extrapolated from 100`);

  // The baseline's index is built from offers generated one at a time, and keeps only the postings of
  // the measured demands' features (the same ranking, a fraction of the memory: 300,000 offers fit).
  seed = 42;
  function* inMemory(): Generator<MatchOffer> {
    for (let n = 0; n < offerCount; n++) {
      const r = syntheticOffer(n);
      yield {
        id: r.externalId,
        language: r.language as 'vi' | 'en',
        title: r.title,
        summary: r.summary,
        description: r.description,
        keywords: r.keywords,
        sectorCodes: r.sectorCode ? [r.sectorCode] : [],
        fieldCodes: [],
        trl: r.trl,
        priceVnd: r.priceVnd,
        country: r.country,
      };
    }
  }
  start = performance.now();
  const plain = baselineIndex(inMemory(), baselineQueryFeatures(demands));
  const indexTime = performance.now() - start;
  const baseline = await timeEach(demands, (d) => baselineRanking(plain, d, 10));
  console.log(`${name}: BM25 baseline (in memory, index built in ${ms(indexTime)})  ${summary(baseline)}`);
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engines = benchEngines(postgresUrl);
if (!ranInOwnProcesses(engines)) {
  for (const offerCount of sizes) {
    if (engines.includes('postgres')) {
      const database = await openScratchPostgres(postgresUrl!, 'tb_bench');
      try {
        await bench('PostgreSQL', database, offerCount);
      } finally {
        await database.close();
      }
    }
    if (engines.includes('pglite')) {
      const pglite = await openPglite(null);
      try {
        await bench('PGlite', pglite, offerCount);
      } finally {
        await pglite.close();
      }
    }
  }
}
