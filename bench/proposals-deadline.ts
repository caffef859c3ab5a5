/**
 * bench/proposals-deadline — 200 enterprises submit their proposals at once in the last minutes
 * before a call's deadline, against PostgreSQL:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/tb_programmes npx tsx bench/proposals-deadline.ts [clients]
 *
 * Each client, concurrently: creates its draft, autosaves it three times (each save names the
 * version it started from), then submits it. Prints p50/p95/max per request kind, next to a
 * baseline measured in the same run (a bare GET /api/health from the same crowd), and counts lost
 * drafts: a submitted proposal whose last autosaved text is not what the database holds, a
 * missing or duplicated receipt, or a request that failed. Target: p95 ≤ 2 s, none lost.
 * The server runs as `npm start` runs it, in its own process (as in bench/load): the crowd's HTTP
 * clients are not the server's work, so they do not share its event loop. Both still share this
 * machine's cores with PostgreSQL.
 */
import crypto from 'node:crypto';
import { makeSignature } from 'better-auth/crypto';
import { inArray } from 'drizzle-orm';
import { openPostgres } from '../src/db/client.js';
import { memberships, organisations, programmeTasks, sessions, users } from '../src/db/schema/index.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { SESSION_COOKIE_PREFIX } from '../src/server/modules/auth/auth.js';
import { loadConfig } from '../src/server/config.js';
import { startTechBridge } from './support/servers.js';

const url = process.env.DATABASE_URL ?? process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('DATABASE_URL (PostgreSQL) is required');
const clients = Number(process.argv[2] ?? 200);
const port = Number(process.env.PORT ?? 4101);
const origin = `http://127.0.0.1:${port}`;

const database = openPostgres(url, 4);
const secret = crypto.randomBytes(32).toString('hex');
await prepareDatabase(database, { ...loadConfig({ ...process.env, DEMO_DATA: 'false' }), adminEmail: undefined });
const server = await startTechBridge(port, { databaseUrl: url }, { AUTH_SECRET: secret, DEMO_DATA: 'false', LOG_LEVEL: 'error' });

const run = Date.now().toString(36);
const db = database.db;
const orgRows = await db
  .insert(organisations)
  .values(Array.from({ length: clients }, (_, i) => ({ kind: 'enterprise', nameVi: `Doanh nghiệp thử tải ${run}-${i}`, country: 'VN', provinceCode: '01' })))
  .returning({ id: organisations.id });
const userRows = await db
  .insert(users)
  .values(
    Array.from({ length: clients }, (_, i) => ({
      id: crypto.randomUUID(),
      name: `Người đề xuất ${i}`,
      email: `bench-${run}-${i}@bench.local`,
      emailVerified: true,
    })),
  )
  .returning({ id: users.id });
await db.insert(memberships).values(userRows.map((u, i) => ({ organisationId: orgRows[i].id, userId: u.id, role: 'admin', status: 'active' })));
const agencyOrg = (
  await db
    .insert(organisations)
    .values({ kind: 'agency', nameVi: `Cục thử tải ${run}`, country: 'VN' })
    .returning()
)[0];
const agencyUser = (
  await db
    .insert(users)
    .values({ id: crypto.randomUUID(), name: 'Cán bộ Cục', email: `bench-agency-${run}@bench.local`, emailVerified: true })
    .returning()
)[0];
await db.insert(memberships).values({ organisationId: agencyOrg.id, userId: agencyUser.id, role: 'member', status: 'active' });

/** A signed session cookie, as a sign-in would set it (without the password hashing, which is not what is measured). */
async function cookieFor(userId: string) {
  const token = crypto.randomBytes(24).toString('base64url');
  await db.insert(sessions).values({ id: crypto.randomUUID(), token, userId, expiresAt: new Date(Date.now() + 3_600_000) });
  return `${SESSION_COOKIE_PREFIX}.session_token=${token}.${await makeSignature(token, secret)}; tb_csrf=bench`;
}

const samples: Record<string, number[]> = {};
const failures: string[] = [];
async function request(kind: string, cookie: string, method: string, path: string, body?: unknown) {
  const started = performance.now();
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': 'bench', accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  (samples[kind] ??= []).push(performance.now() - started);
  if (!response.ok) failures.push(`${kind} ${response.status} ${text.slice(0, 200)}`);
  return response.ok ? (JSON.parse(text) as Record<string, unknown>) : null;
}

const agencyCookie = await cookieFor(agencyUser.id);
const call = await request('setup', agencyCookie, 'POST', '/api/programme-calls', {
  kind: 'call',
  title: `Đợt thử tải ${run}`,
  deadlineAt: new Date(Date.now() + 5 * 60_000).toISOString(),
});
if (!call) throw new Error(`call not created: ${failures.join('\n')}`);
const cookies = await Promise.all(userRows.map((u) => cookieFor(u.id)));

const fields = (i: number, revision: number) => ({
  origin: 'enterprise',
  title: `Đổi mới công nghệ dây chuyền ${i} (bản ${revision})`,
  objectives: `Nâng năng suất dây chuyền ${i} thêm ${10 + revision}%`,
  technology: 'Tự động hóa, điều khiển quá trình',
  products: 'Dây chuyền; quy trình',
  startOn: '2027-01-01',
  months: 24,
  lines: [
    { year: 2027, source: 'state', item: 'Thiết bị', amountVnd: 1_000_000_000 + i * 1_000_000 },
    { year: 2028, source: 'counterpart', item: 'Nguyên vật liệu', amountVnd: 2_000_000_000 },
  ],
});

// Baseline: the same crowd asks for the cheapest answer the server has, at once.
const p = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
await Promise.all(cookies.map((c) => request('baseline GET /api/health', c, 'GET', '/api/health')));
await Promise.all(cookies.map((c) => request('baseline GET /api/health', c, 'GET', '/api/health')));

const expected = new Map<string, string>();
const started = performance.now();
await Promise.all(
  cookies.map(async (cookie, i) => {
    const draft = await request('POST draft', cookie, 'POST', '/api/programme-tasks', {
      callId: call.id,
      proposerOrganisationId: orgRows[i].id,
      ...fields(i, 0),
    });
    if (!draft) return;
    let version = draft.version as number;
    for (let revision = 1; revision <= 3; revision++) {
      const saved = await request('PUT autosave', cookie, 'PUT', `/api/programme-tasks/${String(draft.id)}/draft`, { ...fields(i, revision), version });
      if (!saved) return;
      version = saved.version as number;
    }
    expected.set(String(draft.id), fields(i, 3).title);
    await request('POST submit', cookie, 'POST', `/api/programme-tasks/${String(draft.id)}/transitions`, { action: 'submit' });
  }),
);
const wall = performance.now() - started;

const rows = await db
  .select()
  .from(programmeTasks)
  .where(inArray(programmeTasks.id, [...expected.keys()]));
const receipts = new Set(rows.map((r) => r.receiptNumber).filter(Boolean));
const lost =
  clients -
  rows.filter((r) => r.status === 'submitted' && r.receiptNumber && r.title === expected.get(r.id)).length +
  (rows.filter((r) => r.receiptNumber).length - receipts.size);

console.log(`\nproposals before a deadline — ${clients} clients at once, PostgreSQL, the server in its own process (2 shared cores)`);
for (const [kind, list] of Object.entries(samples)) {
  if (kind === 'setup') continue;
  console.log(
    `${kind.padEnd(28)} n=${String(list.length).padStart(4)}  p50 ${p(list, 0.5).toFixed(0).padStart(5)} ms  p95 ${p(list, 0.95).toFixed(0).padStart(5)} ms  max ${Math.max(
      ...list,
    )
      .toFixed(0)
      .padStart(5)} ms`,
  );
}
const writes = ['POST draft', 'PUT autosave', 'POST submit'].flatMap((k) => samples[k] ?? []);
console.log(`all proposal writes           n=${writes.length}  p95 ${p(writes, 0.95).toFixed(0)} ms (target ≤ 2000 ms)`);
console.log(`wall time ${(wall / 1000).toFixed(1)} s; failed requests ${failures.length}; lost drafts ${lost} (target 0)`);
if (failures.length) console.log(failures.slice(0, 5).join('\n'));

await server.stop();
await database.close();
