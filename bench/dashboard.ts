/**
 * bench/dashboard — the national dashboard's query time on 1,000,000 connections on PostgreSQL,
 * next to a plain GROUP BY over the raw connections table measured in the same run.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/dashboard.ts [rows]
 *
 * Without BENCH_DATABASE_URL (or TEST_DATABASE_URL) it runs on in-memory PGlite with 200,000 rows.
 * It creates its own database and drops it afterwards.
 */
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { rebuildRollups } from '../src/server/modules/reports/connection-rollup.repository.js';
import { networkReport } from '../src/server/modules/reports/reports.service.js';
import * as reportsRepo from '../src/server/modules/reports/reports.repository.js';
import { benchAgency, openBenchDatabase } from './support/bench-database.js';
import { timeRuns } from './support/timing.js';

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const rows = Number(process.argv[2] ?? (serverUrl ? 1_000_000 : 200_000));
const runs = 30;

const agency = benchAgency;
const open = () => openBenchDatabase(serverUrl);

const time = (label: string, fn: () => Promise<unknown>) => timeRuns(label, runs, fn);

const database = await open();
try {
  await prepareDatabase(database, { ...loadConfig({ DEMO_DATA: 'false' }), adminEmail: undefined });
  const db = database.db;
  const loadStarted = performance.now();
  // Generated server-side: realistic spread over 2017–2024, 34 provinces, 4 channels, partner countries and stages.
  await db.execute(sql`
    INSERT INTO connections (channel, origin, partner_country, sector_code, province_code, stage, resume_stage, opened_on)
    SELECT (ARRAY['connection-point','event','rep-office','direct'])[1 + (i % 4)::int],
           'broker',
           (ARRAY[NULL,NULL,'KR','CN','JP','SG','DE','US'])[1 + (i % 8)::int],
           (ARRAY['A','C','C','D','E','F','J','M','Q'])[1 + (i % 9)::int],
           (ARRAY['01','04','08','11','12','14','15','19','20','22','24','25','31','33','37','38','40','42','44','46','48','51','52','56','66','68','75','79','80','82','86','91','92','96'])[1 + (i % 34)::int],
           (ARRAY['proposed','accepted','meeting','mou','contract','transferred','declined','stalled'])[1 + (i % 8)::int],
           CASE WHEN i % 8 >= 6 THEN 'meeting' END,
           date '2017-01-01' + ((i * 7919) % 2922)::int
    FROM generate_series(1::bigint, ${rows}) AS i`);
  await db.execute(sql`
    INSERT INTO agreements (kind, title, value_vnd, signed_on, province_code)
    SELECT (ARRAY['mou','transfer-contract','consulting-contract'])[1 + (i % 3)::int], 'Thỏa thuận ' || i, (i % 1000) * 10000000,
           date '2017-01-01' + ((i * 104729) % 2922)::int, (ARRAY['01','40','52','31','79'])[1 + (i % 5)::int]
    FROM generate_series(1::bigint, ${Math.round(rows / 10)}) AS i`);
  await db.transaction((tx) => rebuildRollups(tx));
  await db.execute(sql`ANALYZE`);
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const dashboard = await time('dashboard (service: rollup + agreements + events + collected + supported)', () =>
    networkReport(db, agency, { from: 2019, to: 2019, level: 'current' }),
  );
  const dashboardRange = await time('dashboard 2017–2024', () => networkReport(db, agency, { from: 2017, to: 2024, level: 'current' }));
  const whole = { from: 2017, to: 2024, provinces: null, level: 'current' } as const;
  const parts = [
    await time('  part: connection breakdowns (rollup, GROUPING SETS) 2017–2024', () => reportsRepo.connectionSums(db, whole)),
    await time('  part: agreements 2017–2024', () => reportsRepo.agreementRows(db, whole)),
    await time('  part: events 2017–2024', () => reportsRepo.eventOutcomes(db, whole)),
    await time('  part: demands/offers collected 2017–2024', () => reportsRepo.recordsCollected(db, whole)),
    await time('  part: enterprises supported 2017–2024', () => reportsRepo.enterprisesSupported(db, whole)),
  ];
  const plain = await time('baseline: plain GROUP BY over raw connections (2019)', () =>
    db.execute(sql`SELECT extract(year from opened_on) AS y, channel, partner_country, sector_code, stage, province_code, count(*)
                   FROM connections WHERE opened_on BETWEEN '2019-01-01' AND '2019-12-31' GROUP BY 1, 2, 3, 4, 5, 6`),
  );
  const plainRange = await time('baseline: plain GROUP BY over raw connections (2017–2024)', () =>
    db.execute(sql`SELECT extract(year from opened_on) AS y, channel, partner_country, sector_code, stage, province_code, count(*)
                   FROM connections GROUP BY 1, 2, 3, 4, 5, 6`),
  );
  const [{ cells }] = ((await db.execute(sql`SELECT count(*)::int AS cells FROM connection_rollup`)) as unknown as { rows: Array<{ cells: number }> }).rows;
  console.log(
    `\nbench/dashboard on ${database.kind}: ${rows.toLocaleString('en')} connections, ${Math.round(rows / 10).toLocaleString('en')} agreements, ${cells.toLocaleString('en')} rollup cells (loaded in ${loadSeconds.toFixed(1)} s), ${runs} runs each`,
  );
  console.log('| query | p50 ms | p95 ms |\n|---|---:|---:|');
  for (const r of [dashboard, dashboardRange, ...parts, plain, plainRange]) console.log(`| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
  console.log(`target: dashboard ≤ 300 ms → ${dashboardRange.p95 <= 300 ? 'met' : 'NOT met'} (p95 ${dashboardRange.p95.toFixed(1)} ms over 2017–2024)`);
} finally {
  await database.close();
}
