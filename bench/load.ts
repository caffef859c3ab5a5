/**
 * `npx tsx bench/load.ts [--clients 200] [--seconds 60] [--offers 100000]`
 * (BENCH_ENGINES=pglite or postgres to run one engine; PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL)
 *
 * A crowd of anonymous visitors: `clients` closed-loop clients for `seconds` of mixed public
 * traffic (home page, listings with and without filters, searches, records' pages, reference
 * lists) against TechBridge as `npm start` runs it. PostgreSQL holds the demo data plus
 * `--offers` generated published offers; PGlite the demo data. Prints req/s, p50/p95/p99, errors
 * and time-outs, with the in-process reuse of public answers as configured by default and, in the
 * same run, with it off (PUBLIC_CACHE_SECONDS=0) as the baseline.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { mulberry32 } from '../src/domain/random/mulberry32.js';
import { createScratchDatabase, databaseUrl, dropScratchDatabase } from '../test/support/test-database.js';
import { benchEngines, ranInOwnProcesses, type Engine } from './engines.js';
import { queryMix } from './search-corpus.js';
import { formatLoad, runLoad } from './support/load.js';
import { startTechBridge } from './support/servers.js';
import { prepareServedDatabase } from './support/served-database.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const clients = arg('clients', 200);
const seconds = arg('seconds', 60);
const offerCount = arg('offers', 100_000);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);

/** A thousand requests in a fixed random order: what a crowd of visitors asks for, in proportions. */
async function trafficMix(database: Database): Promise<string[]> {
  const next = mulberry32(11);
  const ids = rowsOf<{ id: string }>(await database.db.execute(sql`select id from offers where status = 'published' order by id limit 500`)).map((r) => r.id);
  const provinces = ['01', '79', '48', '40', '22'];
  const searches = queryMix(200).map((q) => {
    const params = new URLSearchParams();
    if (q.q) params.set('q', q.q);
    for (const f of q.field ?? []) params.append('field', f);
    for (const p of q.province ?? []) params.append('province', p);
    if (q.trlMin) params.set('trlMin', String(q.trlMin));
    return `/api/offers?${params}`;
  });
  const kinds: Array<[number, () => string]> = [
    [10, () => '/'],
    [10, () => '/api/offers'],
    [5, () => `/api/offers?province=${provinces[Math.floor(next() * provinces.length)]}`],
    [5, () => '/api/demands'],
    [5, () => '/api/experts'],
    [30, () => searches[Math.floor(next() * searches.length)]],
    [25, () => `/api/offers/${ids[Math.floor(next() * ids.length)]}`],
    [5, () => '/api/reference/provinces'],
    [5, () => '/api/health'],
  ];
  const total = kinds.reduce((sum, [weight]) => sum + weight, 0);
  return Array.from({ length: 1000 }, () => {
    let pick = next() * total;
    for (const [weight, make] of kinds) if ((pick -= weight) < 0) return make();
    return '/';
  });
}

async function bench(engine: Engine) {
  const scratch = engine === 'postgres' ? await createScratchDatabase(postgresUrl!, 'tb_load') : null;
  const dataDir = engine === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'tb-load-')) : undefined;
  const name = engine === 'postgres' ? `PostgreSQL, demo data + ${offerCount} offers` : 'PGlite, demo data';
  try {
    const target = scratch ? { databaseUrl: databaseUrl(postgresUrl!, scratch) } : { dataDir: dataDir! };
    // Prepared here once (migrations, demo data, the generated offers), then served by the server process.
    const paths = await prepareServedDatabase(target, offerCount, trafficMix);
    for (const [label, env] of [
      ['public answers reused (default)', {}],
      ['baseline: no reuse (PUBLIC_CACHE_SECONDS=0)', { PUBLIC_CACHE_SECONDS: '0' }],
    ] as const) {
      const server = await startTechBridge(3203, target, env);
      try {
        await runLoad(server.origin, paths, { connections: 20, seconds: 3 });
        const result = await runLoad(server.origin, paths, { connections: clients, seconds, timeoutSeconds: 10 });
        console.log(`${name}, ${clients} clients, ${seconds} s, ${label}: ${formatLoad(result)}`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    if (scratch) await dropScratchDatabase(postgresUrl!, scratch);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const engines = benchEngines(postgresUrl);
if (!ranInOwnProcesses(engines)) for (const engine of engines) await bench(engine);
