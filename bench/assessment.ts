/**
 * bench/assessment — the assessment dashboard (issue 14) over 10,000 verified assessments on
 * PostgreSQL (the entries kept per enterprise, aggregated in one pass), next to the previous method (every latest
 * score read into Node) and a plain aggregation over the stored answers, measured in the same run.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/assessment.ts [assessments]
 *
 * Without BENCH_DATABASE_URL (or TEST_DATABASE_URL) it runs on in-memory PGlite. It creates its
 * own database and drops it afterwards. The machine is shared: read the figures as indicative.
 */
import { sql } from 'drizzle-orm';
import { circular17 } from '../src/domain/assessment/methodologies/index.js';
import { scoreAssessment } from '../src/domain/assessment/score-assessment.js';
import { scoreFigures, type ScoreFigures } from '../src/domain/assessment/sector-statistics.js';
import { validateAnswers } from '../src/domain/assessment/validate-answers.js';
import { demoAnswers } from '../src/seed/demo/assessments/demo-answers.js';
import { seededRandom } from '../src/seed/demo/generate/random.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { assessmentDashboard } from '../src/server/modules/assessment/dashboard.service.js';
import { dashboardColumns, refreshDashboardEntries } from '../src/server/modules/assessment/dashboard.repository.js';
import { assessmentDashboard as computeDashboard, type DashboardRecord } from '../src/domain/assessment/dashboard.js';
import { benchAgency, openBenchDatabase } from './support/bench-database.js';
import { timeRuns } from './support/timing.js';

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 20);

const agency = benchAgency;
const open = () => openBenchDatabase(serverUrl);

const time = (label: string, fn: () => Promise<unknown>) => timeRuns(label, runs, fn);

const database = await open();
try {
  await prepareDatabase(database, { ...loadConfig({ DEMO_DATA: 'false' }), adminEmail: undefined });
  const db = database.db;
  const loadStarted = performance.now();
  // Sixty distinct questionnaires scored by the domain, spread over 10,000 enterprises, 34 provinces and 12 food and manufacturing divisions.
  const random = seededRandom(14);
  const templates = Array.from({ length: 60 }, () => {
    const employees = random.int(20, 400);
    const checked = validateAnswers(circular17, demoAnswers(circular17, random, { level: 0.1 + random.next() * 0.8, employees, revenue: employees * 400 }));
    if (!checked.ok) throw new Error('bench answers are invalid');
    const answers = Object.fromEntries(
      Object.entries(checked.answers).map(([id, a]) => [id, { ...a, updatedBy: 'bench', updatedAt: new Date().toISOString() }]),
    );
    const score = scoreAssessment(circular17, checked.answers, { sector: '10' });
    return { answers, score, figures: scoreFigures(score) };
  });
  await db.execute(sql`
    INSERT INTO organisations (kind, name_vi, country, province_code)
    SELECT 'enterprise', 'Doanh nghiệp đo ' || i, 'VN',
           (ARRAY['01','04','08','11','12','14','15','19','20','22','24','25','31','33','37','38','40','42','44','46','48','51','52','56','66','68','75','79','80','82','86','91','92','96'])[1 + (i % 34)::int]
    FROM generate_series(1, ${count}) AS i`);
  await db.execute(sql`
    INSERT INTO assessments (organisation_id, province_code, methodology_id, vsic_division, status, answers, score, figures, created_at, submitted_at, reviewed_at)
    SELECT o.id, o.province_code, ${circular17.id}, (ARRAY['10','11','13','14','16','20','22','25','26','28','31','32'])[1 + (o.n % 12)],
           'approved', t.v->(o.n % 60)->'answers', t.v->(o.n % 60)->'score', t.v->(o.n % 60)->'figures', now() - interval '30 days', now() - interval '20 days', now() - interval '10 days'
    FROM (SELECT id, province_code, (row_number() OVER (ORDER BY id))::int AS n FROM organisations WHERE name_vi LIKE 'Doanh nghiệp đo %') o,
         (SELECT ${JSON.stringify(templates)}::jsonb AS v) t`);
  const entriesStarted = performance.now();
  await refreshDashboardEntries(db, null);
  const entriesSeconds = (performance.now() - entriesStarted) / 1000;
  await db.execute(sql`ANALYZE`);
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const national = await time('dashboard, every province (service: the maintained entries, aggregated column by column)', () =>
    assessmentDashboard(db, agency, 'vi', { methodologyCode: circular17.code }),
  );
  const sector = await time('dashboard, one sector (VSIC 10)', () =>
    assessmentDashboard(db, agency, 'vi', { methodologyCode: circular17.code, vsicDivision: '10' }),
  );
  const entries = await time('  part: the entries, one narrow entry per enterprise read as columns (SQL)', () =>
    dashboardColumns(db, null, { methodologyCode: circular17.code }),
  );
  // The previous method, as a baseline: every enterprise's latest figures read into Node and aggregated there.
  const readFigures = async () => {
    const result = await db.execute(sql`
      select distinct on (a.organisation_id) a.vsic_division, a.province_code, a.figures
        from assessments a join assessment_methodologies m on m.id = a.methodology_id
       where m.code = ${circular17.code} and a.status = 'approved' and a.figures is not null
       order by a.organisation_id, a.reviewed_at desc, a.created_at desc`);
    return (result as unknown as { rows: Array<{ vsic_division: string; province_code: string | null; figures: ScoreFigures }> }).rows.map(
      (r): DashboardRecord => ({ vsicDivision: r.vsic_division, provinceCode: r.province_code, campaignIds: [], score: r.figures }),
    );
  };
  const previous = await time('baseline: previous method, every latest score read into Node and aggregated there', async () =>
    computeDashboard(circular17, await readFigures()),
  );
  const served = await assessmentDashboard(db, agency, 'en', { methodologyCode: circular17.code });
  const fromScores = computeDashboard(circular17, await readFigures());
  const same =
    fromScores.overall.status === 'ok' &&
    served.overall !== null &&
    JSON.stringify(fromScores.overall.total) === JSON.stringify(served.overall.total) &&
    JSON.stringify(fromScores.overall.criteria.slice(0, 5).map((c) => [c.code, c.meanShare, c.medianShare])) ===
      JSON.stringify(served.overall.weakest.map((c) => [c.code, c.meanShare, c.medianShare])) &&
    JSON.stringify(fromScores.bySector.map((r) => [r.key, r.meanTotal, r.medianTotal, r.meanCoefficient, r.groups])) ===
      JSON.stringify(served.bySector.map((r) => [r.key, r.meanTotal, r.medianTotal, r.meanCoefficient, r.groups]));
  const plain = await time('baseline: plain GROUP BY province over the answers (count, mean of one answer)', () =>
    db.execute(sql`SELECT province_code, count(*), avg((answers->'T3.automated'->>'value')::float8) FROM assessments WHERE status = 'approved' GROUP BY 1`),
  );
  const plainScore = await time('baseline: plain GROUP BY province over the stored totals', () =>
    db.execute(sql`SELECT province_code, vsic_division, count(*), avg((score->>'total')::float8) FROM assessments WHERE status = 'approved' GROUP BY 1, 2`),
  );
  console.log(
    `\nbench/assessment on ${database.kind}: ${count.toLocaleString('en')} verified assessments (loaded in ${loadSeconds.toFixed(1)} s, dashboard entries built from them in ${entriesSeconds.toFixed(1)} s), ${runs} runs each; shared machine, figures indicative`,
  );
  console.log('| query | p50 ms | p95 ms |\n|---|---:|---:|');
  for (const r of [national, sector, entries, previous, plain, plainScore]) console.log(`| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
  console.log(`figures identical to those computed from every latest score (overall, weakest criteria, every sector): ${same ? 'yes' : 'NO'}`);
  console.log(`target: dashboard ≤ 300 ms → ${national.p95 <= 300 ? 'met' : 'NOT met'} (p95 ${national.p95.toFixed(1)} ms over every province)`);
} finally {
  await database.close();
}
