import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openPostgres } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import type { Db } from '../../src/db/client.js';
import { newOffer, newUser, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { createScratchDatabase, databaseUrl, dropScratchDatabase } from '../support/test-database.js';
import { TestClient } from '../support/test-client.js';

const postgresUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

/** The server's log lines as production writes them, every request logged, so that the outage's lines can be searched for secrets. */
function capturedLog() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) }, overrides: { requestLog: 'all' as const, logLevel: 'debug' } };
}

/** Signs in with the password (not a forged cookie), so that both the password and the session token are secrets the log must not hold. */
async function signedInWithPassword(app: FastifyInstance, db: Db) {
  const user = await newUser(db);
  const client = new TestClient(app, 'en');
  const signIn = await client.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
  expect(signIn.statusCode).toBe(200);
  const cookie = signIn.cookies.find((c) => c.name.includes('session_token'))!;
  const token = decodeURIComponent(cookie.value).split('.')[0]!;
  return { client, secrets: [TEST_PASSWORD, cookie.value, decodeURIComponent(cookie.value), token] };
}

/** The lines written while the database was away say so, and hold no password or session token. */
function expectOutageLoggedWithoutSecrets(lines: string[], secrets: string[]) {
  const log = lines.join('');
  expect(log).toContain('database unavailable');
  expect(log).toContain('/api/auth/me');
  for (const secret of secrets) expect(log, `a log line written during the outage contains ${secret}`).not.toContain(secret);
}

/** What a visitor, a signed-in person and the health check get while the database is away. */
async function expectUnavailable(app: FastifyInstance, client: TestClient) {
  for (const response of [await app.inject({ method: 'GET', url: '/api/offers' }), await client.get('/api/notifications'), await client.get('/api/auth/me')]) {
    expect(response.statusCode, response.body).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json().error.code).toBe('UNAVAILABLE');
  }
  const health = await app.inject({ method: 'GET', url: '/api/health' });
  expect(health.statusCode).toBe(503);
  expect(health.json()).toMatchObject({ status: 'degraded', db: { ok: false } });
}

describe('a database that goes away under the running server', () => {
  it('answers 503 with Retry-After and reports it in the health check (its connection closed)', async () => {
    const log = capturedLog();
    const ctx = await createTestApp(log.overrides, { logStream: log.stream });
    cleanups.push(() => ctx.app.close());
    await newOffer(ctx.database.db);
    const { client, secrets } = await signedInWithPassword(ctx.app, ctx.database.db);
    expect((await client.get('/api/notifications')).statusCode).toBe(200);
    await ctx.database.close();
    const before = log.lines.length;
    await expectUnavailable(ctx.app, client);
    expectOutageLoggedWithoutSecrets(log.lines.slice(before), secrets);
  });

  it.skipIf(!postgresUrl)('answers 503 while PostgreSQL is unreachable and recovers by itself when it is back', async () => {
    // The server reaches PostgreSQL through a relay this test can cut and restore, as a network outage or a restart would.
    const target = new URL(postgresUrl!);
    const sockets = new Set<net.Socket>();
    const relay = net.createServer((inbound) => {
      const outbound = net.connect(Number(target.port || 5432), target.hostname);
      for (const socket of [inbound, outbound]) {
        sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => sockets.delete(socket));
      }
      inbound.pipe(outbound).pipe(inbound);
    });
    const listen = (port = 0) => new Promise<number>((resolve) => relay.listen(port, '127.0.0.1', () => resolve((relay.address() as net.AddressInfo).port)));
    const cut = () => {
      relay.close();
      for (const socket of sockets) socket.destroy();
    };
    const port = await listen();
    const name = await createScratchDatabase(postgresUrl!, 'tb_outage');
    cleanups.push(() => dropScratchDatabase(postgresUrl!, name));
    const relayed = new URL(databaseUrl(postgresUrl!, name));
    relayed.host = `127.0.0.1:${port}`;
    const database = openPostgres(relayed.toString(), 3);
    cleanups.push(() => database.close());
    const { prepareDatabase } = await import('../../src/seed/prepare-database.js');
    const log = capturedLog();
    const config = testConfig(log.overrides);
    await prepareDatabase(database, config);
    const app = await buildApp({ config, database, logStream: log.stream, webRoot: '/nonexistent' });
    cleanups.push(() => app.close());
    const { client, secrets } = await signedInWithPassword(app, database.db);
    expect((await client.get('/api/notifications')).statusCode).toBe(200);

    cut();
    const before = log.lines.length;
    await expectUnavailable(app, client);
    expectOutageLoggedWithoutSecrets(log.lines.slice(before), secrets);

    await listen(port);
    cleanups.push(async () => cut());
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await client.get('/api/notifications')).statusCode).toBe(200);
  });
});
