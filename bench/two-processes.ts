/**
 * bench/two-processes — two server processes on one PostgreSQL behind a local round-robin proxy
 * (every request on a new connection, so requests alternate between them) serve the same files,
 * sessions and sign-in limits: a file uploaded through one downloads byte for byte through the
 * other, a session made by one is known to the other, and wrong passwords count on both.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/two-processes.ts
 *
 * It creates its own database and drops it afterwards; exits 1 if any check fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { openPostgres } from '../src/db/client.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { addMember, newOffer, newOrganisation, newUser, TEST_PASSWORD } from '../test/support/factories.js';
import { createScratchDatabase, databaseUrl, dropScratchDatabase } from '../test/support/test-database.js';
import { multipart } from '../test/imports/multipart.js';

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error('set BENCH_DATABASE_URL to a PostgreSQL server (several processes need one; PGlite is single-process)');
  process.exit(64);
}
const ports = [3101, 3102];
const proxyPort = 3100;
const signInLimit = 5;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; backend: string };

/** One request through the proxy, on its own connection; `backend` says which process answered. */
function request(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: proxyPort, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), backend: String(res.headers['x-backend']) }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Round robin per connection; tags each answer with the port that served it. */
function startProxy(): net.Server {
  let next = 0;
  const server = net.createServer((inbound) => {
    const port = ports[next++ % ports.length];
    const outbound = net.connect(port, '127.0.0.1');
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
    let tagged = false;
    outbound.on('data', (chunk: Buffer) => {
      // Adds `x-backend` after the status line of the answer, so the bench can see the alternation.
      if (!tagged) {
        tagged = true;
        const text = chunk.toString('latin1');
        const lineEnd = text.indexOf('\r\n');
        inbound.write(Buffer.from(`${text.slice(0, lineEnd)}\r\nx-backend: ${port}${text.slice(lineEnd)}`, 'latin1'));
      } else inbound.write(chunk);
    });
    outbound.on('end', () => inbound.end());
    inbound.pipe(outbound);
  });
  server.listen(proxyPort, '127.0.0.1');
  return server;
}

async function waitForHealth(port: number) {
  for (let i = 0; i < 600; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => resolve(res.statusCode === 200)).on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server on ${port} did not start`);
}

const failures: string[] = [];
const check = (what: string, ok: boolean) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const name = await createScratchDatabase(serverUrl, 'tb_bench_two');
const url = databaseUrl(serverUrl, name);
const children: ChildProcess[] = [];
let proxy: net.Server | undefined;
try {
  const env = {
    ...process.env,
    DATABASE_URL: url,
    DEMO_DATA: 'false',
    JOBS: 'false',
    AUTH_SECRET: crypto.randomBytes(32).toString('hex'),
    BASE_URL: `http://127.0.0.1:${proxyPort}`,
    SIGN_IN_LIMIT_PER_MINUTE: String(signInLimit),
    LOG_LEVEL: 'warn',
  };
  // Prepared once here, so the two processes do not race to migrate.
  const database = openPostgres(url, 2);
  await prepareDatabase(database, loadConfig(env));
  const organisation = await newOrganisation(database.db, { provinceCode: '01' });
  const user = await newUser(database.db);
  await addMember(database.db, organisation.id, user.id, 'admin');
  const offer = await newOffer(database.db, { ownerOrganisationId: organisation.id, provinceCode: '01', status: 'draft', publishedAt: null });
  await database.close();

  for (const port of ports) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'inherit' });
    children.push(child);
  }
  await Promise.all(ports.map(waitForHealth));
  proxy = startProxy();

  // Sessions: a sign-in through one process is honoured by the other.
  const signIn = await request(
    'POST',
    '/api/auth/sign-in',
    { 'content-type': 'application/json' },
    JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
  );
  const cookies = (signIn.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  const cookie = [...cookies.filter((c) => !c.startsWith('tb_csrf=')), 'tb_csrf=bench'].join('; ');
  const me = await Promise.all([0, 1].map(() => request('GET', '/api/auth/me', { cookie })));
  check(
    `signed in on ${signIn.backend}; /api/auth/me answers 200 on ${me.map((m) => m.backend).join(' and ')}`,
    signIn.status === 200 && me.every((m) => m.status === 200) && new Set(me.map((m) => m.backend)).size === 2,
  );

  // Files: uploaded through one process, downloaded through both.
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(100_000), Buffer.from('\n%%EOF\n')]);
  const form = multipart({}, { name: 'ho-so.pdf', data: pdf });
  const upload = await request('POST', `/api/offers/${offer.id}/attachments`, { cookie, 'x-csrf-token': 'bench', ...form.headers }, form.payload);
  const attachment = JSON.parse(upload.body.toString()) as { downloadUrl: string };
  const downloads = await Promise.all([0, 1].map(() => request('GET', attachment.downloadUrl, { cookie })));
  check(
    `uploaded on ${upload.backend} (${upload.status}); downloaded byte for byte on ${downloads.map((d) => d.backend).join(' and ')}`,
    upload.status === 201 && downloads.every((d) => d.status === 200 && d.body.equals(pdf)) && new Set(downloads.map((d) => d.backend)).size === 2,
  );

  // Sign-in limits: wrong passwords sent alternately to both processes count together.
  const statuses: string[] = [];
  for (let i = 0; i < signInLimit + 2; i++) {
    const answer = await request(
      'POST',
      '/api/auth/sign-in',
      { 'content-type': 'application/json' },
      JSON.stringify({ email: user.email, password: 'wrong-password' }),
    );
    statuses.push(`${answer.status}@${answer.backend}`);
  }
  const limited = statuses.findIndex((s) => s.startsWith('429'));
  check(`wrong passwords across both processes: ${statuses.join(', ')}`, limited >= 0 && limited <= signInLimit);
} finally {
  proxy?.close();
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
  await dropScratchDatabase(serverUrl, name);
}
if (failures.length) process.exit(1);
