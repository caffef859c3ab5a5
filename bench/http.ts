/**
 * `npx tsx bench/http.ts [--seconds 10] [--connections 50] [--offers 100000]`
 * (BENCH_ENGINES=pglite or postgres to run one engine; PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL)
 *
 * A bare Fastify (one JSON route, no logger) and TechBridge on its demo data (on PostgreSQL plus
 * `--offers` generated published offers, none by default), each in a process of its own, under
 * the same load generator in the same run: req/s, p50/p95/p99 per public endpoint and its share
 * of the bare Fastify's req/s. Anonymous GETs without If-None-Match: every answer is sent whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, databaseUrl, dropScratchDatabase } from '../test/support/test-database.js';
import { benchEngines, ranInOwnProcesses, type Engine } from './engines.js';
import { formatLoad, runLoad } from './support/load.js';
import { startBareFastify, startTechBridge } from './support/servers.js';
import { prepareServedDatabase } from './support/served-database.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 10);
const connections = arg('connections', 50);
const offerCount = arg('offers', 0);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

async function firstOfferId(origin: string): Promise<string> {
  const page = (await (await fetch(`${origin}/api/offers?limit=1`)).json()) as { items: Array<{ id: string }> };
  if (!page.items[0]) throw new Error('the demo data has no published offer');
  return page.items[0].id;
}

async function bench(engine: Engine) {
  const scratch = engine === 'postgres' ? await createScratchDatabase(postgresUrl!, 'tb_http') : null;
  const dataDir = engine === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'tb-http-')) : undefined;
  const bare = await startBareFastify(3201);
  const database = scratch ? { databaseUrl: databaseUrl(postgresUrl!, scratch) } : { dataDir };
  const name = engine === 'postgres' ? `PostgreSQL${offerCount ? `, demo data + ${offerCount} offers` : ''}` : 'PGlite';
  try {
    await prepareServedDatabase(database, offerCount, async () => undefined);
    await runLoad(bare.origin, ['/'], { connections, seconds: 2 });
    const bareRate = (await measure(`${name}: bare Fastify, one JSON route`, bare.origin, ['/'], 0)).perSecond;
    // As configured by default, then with every answer computed (one process at a time: PGlite admits one).
    for (const [config, env] of [
      ['answers reused', {}],
      ['computed every time (PUBLIC_CACHE_SECONDS=0)', { PUBLIC_CACHE_SECONDS: '0' }],
    ] as const) {
      const app = await startTechBridge(3202, database, env);
      try {
        const offerId = await firstOfferId(app.origin);
        const targets: Array<[string, string[]]> = [
          ['health', ['/api/health']],
          ["an offer's page", [`/api/offers/${offerId}`]],
          ['public listing, no words', ['/api/offers']],
          ['search "nước mắm"', [`/api/offers?q=${encodeURIComponent('nước mắm')}`]],
          ['provinces', ['/api/reference/provinces']],
        ];
        // Warm-up: plans, caches and the JIT.
        for (const [, paths] of targets) await runLoad(app.origin, paths, { connections, seconds: 2 });
        for (const [label, paths] of targets) await measure(`${name}, ${config}: ${label}`, app.origin, paths, bareRate);
      } finally {
        await app.stop();
      }
    }
  } finally {
    await bare.stop();
    if (scratch) await dropScratchDatabase(postgresUrl!, scratch);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(label: string, origin: string, paths: string[], bareRate: number) {
  const result = await runLoad(origin, paths, { connections, seconds });
  const share = bareRate ? `  ${((100 * result.perSecond) / bareRate).toFixed(1)}% of bare` : '';
  console.log(`${label.padEnd(80)} ${formatLoad(result)}${share}`);
  return result;
}

const engines = benchEngines(postgresUrl);
if (!ranInOwnProcesses(engines)) for (const engine of engines) await bench(engine);
