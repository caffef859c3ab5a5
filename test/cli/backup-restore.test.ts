import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RestoreRefused, restoreBackup, writeBackup } from '../../src/db/backup.js';
import { openPglite, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { storedFiles } from '../../src/db/schema/index.js';
import { buildApp } from '../../src/server/app.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import { newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { openScratchPostgres, openTestDatabase } from '../support/test-database.js';
import { multipart } from '../imports/multipart.js';

const postgresUrl = process.env.TEST_DATABASE_URL;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-backup-'));
const backupFile = path.join(folder, 'techbridge.jsonl.gz');
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

let source: TestContext;
const attachmentIds: string[] = [];
const closing: (() => Promise<unknown>)[] = [];

/** The source is always an embedded database: the deployment that backs up, or moves to PostgreSQL. */
async function embeddedTestApp(): Promise<TestContext> {
  if (inject('databaseTemplates')?.kind === 'pglite') return createTestApp();
  const config = testConfig();
  const database = await openPglite(null);
  await prepareDatabase(database, config);
  const app = await buildApp({ config, database, logger: false, webRoot: '/nonexistent' });
  return { app, database, config, close: async () => (await app.close(), await database.close()) };
}

async function emptyEmbeddedDatabase(): Promise<Database> {
  const templates = inject('databaseTemplates');
  return templates?.kind === 'pglite' ? openTestDatabase(templates) : openPglite(null);
}

beforeAll(async () => {
  source = await embeddedTestApp();
  const db = source.database.db;
  const organisation = await newOrganisation(db, { provinceCode: '40' });
  const { client } = await signedInClient(source.app, db, { organisationId: organisation.id });
  const offer = await newOffer(db, { ownerOrganisationId: organisation.id, provinceCode: '40', title: 'Máy sấy “nông sản” \\ 100% \u{1F33E}' });
  const demand = await newDemand(db, { ownerOrganisationId: organisation.id, provinceCode: '40' });
  const png = await sharp({ create: { width: 200, height: 120, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer();
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  for (const [url, name, data] of [
    [`/api/offers/${offer.id}/attachments`, 'ảnh.png', png],
    [`/api/demands/${demand.id}/attachments?confidential=true`, 'mật.pdf', pdf],
  ] as const) {
    const form = multipart({}, { name, data });
    const response = await client.request('POST', url, form.payload, { headers: form.headers });
    expect(response.statusCode, response.body).toBe(201);
    attachmentIds.push(response.json().id);
  }
  // Every byte value, and more than one page of files.
  for (let i = 0; i < 5; i++) await db.insert(storedFiles).values({ key: `imports/${crypto.randomUUID()}`, data: crypto.randomBytes(200_000 + i) });
  await writeBackup(source.database, backupFile);
});
afterAll(async () => {
  for (const close of closing.reverse()) await close().catch(() => {});
  await source?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Every row of every table, as PostgreSQL writes it, sorted: equal for two databases holding the same data. */
async function contents(database: Database): Promise<Record<string, string[]>> {
  const tables = rowsOf<{ name: string }>(
    await database.db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`),
  );
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = rowsOf<{ r: string }>(await database.db.execute(sql`select row_to_json(t)::text as r from ${sql.identifier(name)} t`));
    result[name] = rows.map((row) => row.r).sort();
  }
  return result;
}

async function restoresEverything(target: Database) {
  await migrateDatabase(target);
  await restoreBackup(target, backupFile);
  const expected = await contents(source.database);
  const actual = await contents(target);
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const table of Object.keys(expected)) expect(actual[table], table).toEqual(expected[table]);
  expect(expected.stored_files.length).toBeGreaterThanOrEqual(8);

  // The restored deployment serves the same files, byte for byte, and goes on numbering its audit entries.
  const app = await buildApp({ config: source.config, database: target, logger: false, webRoot: '/nonexistent' });
  closing.push(() => app.close());
  for (const id of attachmentIds) {
    const [before, after] = await Promise.all(
      [source.app, app].map((a) => a.inject({ method: 'GET', url: `/api/attachments/${id}`, headers: { cookie: '' } })),
    );
    expect(after.statusCode).toBe(before.statusCode);
    expect(after.rawPayload.equals(before.rawPayload)).toBe(true);
  }
  const organisation = await newOrganisation(target.db);
  const { client } = await signedInClient(app, target.db, { organisationId: organisation.id });
  expect((await client.patch('/api/me/profile', { name: 'Sau khi khôi phục' })).statusCode).toBeLessThan(300);

  // A second restore into the now non-empty database is refused, and changes nothing.
  await expect(restoreBackup(target, backupFile)).rejects.toThrow(RestoreRefused);
  await expect(restoreBackup(target, backupFile)).rejects.toThrow(/not empty/);
}

describe('backup and restore', () => {
  it('round-trips an embedded database into a new embedded one, every record and file byte for byte', async () => {
    const target = await emptyEmbeddedDatabase();
    closing.push(() => target.close());
    await restoresEverything(target);
  });

  it.skipIf(!postgresUrl)('moves an embedded deployment to PostgreSQL with its attachments', async () => {
    const target = await openScratchPostgres(postgresUrl!, 'tb_restore');
    closing.push(() => target.close());
    expect(target.kind).toBe('postgres');
    await restoresEverything(target);

    // And back: a backup of PostgreSQL restores into an embedded database.
    const fromPostgres = path.join(folder, 'from-postgres.jsonl.gz');
    await writeBackup(target, fromPostgres);
    const embedded = await emptyEmbeddedDatabase();
    closing.push(() => embedded.close());
    await migrateDatabase(embedded);
    await restoreBackup(embedded, fromPostgres);
    expect(await contents(embedded)).toEqual(await contents(target));
  });

  it('refuses a file that is not a backup, or is cut short, and leaves the database empty', async () => {
    const target = await emptyEmbeddedDatabase();
    closing.push(() => target.close());
    await migrateDatabase(target);
    const notBackup = path.join(folder, 'other.gz');
    fs.writeFileSync(notBackup, zlib.gzipSync('{"hello":1}\n'));
    await expect(restoreBackup(target, notBackup)).rejects.toThrow(/not a TechBridge backup/);
    const lines = zlib.gunzipSync(fs.readFileSync(backupFile)).toString().trimEnd().split('\n');
    const truncated = path.join(folder, 'truncated.gz');
    fs.writeFileSync(truncated, zlib.gzipSync(lines.slice(0, -1).join('\n')));
    await expect(restoreBackup(target, truncated)).rejects.toThrow(/incomplete/);
    expect(rowsOf(await target.db.execute(sql`select 1 from users`))).toHaveLength(0);
  });
});
