/**
 * Catalogue search (GET /api/offers) over 100,000 generated published offers: server-side
 * latency p50/p95 of the product's search — the very `listRecords` behind the API, with total,
 * facets and highlights — for a fixed mix of ~200 queries, next to a naive `ILIKE '%…%'` scan
 * (same filters, count and first page) measured in the same run.
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 * Each engine runs in a process of its own. Run: npx tsx bench/search.ts [offers, or sizes: 10000,100000,1000000]
 * (BENCH_ENGINES=pglite or postgres to run one engine)
 */
import { and, desc, ilike, or, sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { offers } from '../src/db/schema/index.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { filterConditions } from '../src/server/modules/catalogue/catalogue-filters.repository.js';
import { anyCode, commonFilters, trlBetween } from '../src/server/modules/catalogue/search-filter.js';
import { listRecords } from '../src/server/modules/catalogue/catalogue.service.js';
import { offerKind } from '../src/server/modules/catalogue/kinds/index.js';
import { OfferListQuery } from '../src/shared/catalogue/offer.schemas.js';
import { openTestDatabase } from '../test/support/test-database.js';
import { benchEngines, ranInOwnProcesses } from './engines.js';
import { queryMix, type BenchQuery } from './search-corpus.js';
import { loadSyntheticOffers } from './support/bulk-offers.js';

// One size or several (`10000,100000,1000000`), each in a fresh database.
const SIZES = (process.argv[2] ?? '100000').split(',').map(Number);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const productSearch = (database: Database) => (q: BenchQuery) =>
  listRecords(
    database.db,
    offerKind,
    OfferListQuery.parse({ q: q.q, field: q.field, province: q.province, trlMin: q.trlMin, trlMax: q.trlMax, ownerType: q.ownerType, language: q.language }),
  );

/** What a first implementation would do: substring match on raw title and summary, same filters. */
const naiveIlike = (database: Database) => async (q: BenchQuery) => {
  const pattern = q.q ? `%${q.q}%` : undefined;
  const filters = filterConditions(
    'offer',
    ['published'],
    [...commonFilters({ field: q.field, province: q.province, language: q.language }), trlBetween(q.trlMin, q.trlMax), anyCode('ownerType', q.ownerType)],
  );
  const where = and(...filters, pattern ? or(ilike(offers.title, pattern), ilike(offers.summary, pattern)) : undefined);
  const [items, [counted]] = await Promise.all([
    database.db.select({ id: offers.id, title: offers.title, summary: offers.summary }).from(offers).where(where).orderBy(desc(offers.publishedAt)).limit(20),
    database.db
      .select({ total: sql<number>`count(*)::int` })
      .from(offers)
      .where(where),
  ]);
  return { items, total: counted!.total };
};

async function timeEach(queries: BenchQuery[], run: (q: BenchQuery) => Promise<{ total: number }>) {
  const times: number[] = [];
  let found = 0;
  for (const query of queries) {
    const started = performance.now();
    const result = await run(query);
    times.push(performance.now() - started);
    if (result.total > 0) found += 1;
  }
  return { times, found };
}

const percentile = (times: number[], p: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const ms = (v: number) => v.toFixed(1).padStart(8);

type Row = { engine: string; size: number; method: string; p50: number; p95: number; max: number; found: string };
const table: Row[] = [];

async function benchEngine(engine: string, open: () => Promise<Database>, size: number) {
  const database = await open();
  try {
    await prepareDatabase(database, loadConfig({ DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: 'Bench@12345' }));
    const started = performance.now();
    await loadSyntheticOffers(database, size);
    console.log(`${engine}: generated ${size.toLocaleString('en')} offers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const queries = queryMix();
    const search = productSearch(database);
    await timeEach(queries.slice(0, 30), search); // warm caches and the province resolver
    const product = await timeEach(queries, search);
    // A full scan per query: above 100,000 offers the baseline times a sample of the mix.
    const naiveQueries = size > 100_000 ? queries.filter((_, i) => i % 10 === 0) : queries;
    const naive = await timeEach(naiveQueries, naiveIlike(database));
    const add = (method: string, r: { times: number[]; found: number }, subset?: number[]) => {
      const times = subset ? subset.map((i) => r.times[i]!) : r.times;
      table.push({
        engine,
        size,
        method,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: Math.max(...times),
        found: `${r.found}/${times.length}`,
      });
    };
    add('techbridge search (API path)', product);
    for (const label of [...new Set(queries.map((q) => q.label))]) {
      const indexes = queries.flatMap((q, i) => (q.label === label ? [i] : []));
      add(`  · ${label} (${indexes.length})`, { times: product.times, found: indexes.filter((i) => product.times[i] !== undefined).length }, indexes);
    }
    add(naiveQueries === queries ? 'naive ILIKE scan (baseline)' : 'naive ILIKE scan (baseline, 1 in 10)', naive);
  } finally {
    await database.close();
  }
}

const engines = benchEngines(postgresUrl);
if (!ranInOwnProcesses(engines)) {
  const saved = process.env.TEST_DATABASE_URL;
  delete process.env.TEST_DATABASE_URL;
  for (const size of SIZES) {
    if (engines.includes('pglite')) await benchEngine('PGlite', openTestDatabase, size);
    if (engines.includes('postgres')) {
      process.env.TEST_DATABASE_URL = postgresUrl;
      await benchEngine('PostgreSQL', openTestDatabase, size);
      delete process.env.TEST_DATABASE_URL;
    }
  }
  if (saved) process.env.TEST_DATABASE_URL = saved;

  console.log(`\npublished offers, ${queryMix().length} queries; milliseconds, server side (no HTTP)`);
  console.log(`${'engine'.padEnd(11)}${'offers'.padStart(10)}  ${'method'.padEnd(40)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}  with hits`);
  for (const row of table) {
    console.log(
      `${row.engine.padEnd(11)}${row.size.toLocaleString('en').padStart(10)}  ${row.method.padEnd(40)}${ms(row.p50)}${ms(row.p95)}${ms(row.max)}  ${row.found}`,
    );
  }
  // How the search's p95 grows with the catalogue: 1 is linear, 0 flat.
  for (const engine of new Set(table.map((r) => r.engine))) {
    const search = table.filter((r) => r.engine === engine && r.method.startsWith('techbridge'));
    for (let i = 1; i < search.length; i++) {
      const [a, b] = [search[i - 1]!, search[i]!];
      console.log(
        `${engine}: p95 growth exponent ${a.size.toLocaleString('en')} → ${b.size.toLocaleString('en')}: ${(Math.log(b.p95 / a.p95) / Math.log(b.size / a.size)).toFixed(2)}`,
      );
    }
  }
}
