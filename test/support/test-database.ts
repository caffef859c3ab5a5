import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/client.js';
import type { TemplateName } from './test-config.js';

/**
 * What a test run prepares once (see database-template.setup.ts): on PGlite dumps of an empty, a
 * prepared and a demo data directory; on PostgreSQL a prepared and a demo database to use as templates.
 */
export type DatabaseTemplates =
  ({ kind: 'pglite'; empty: string } & Record<TemplateName, string>) | ({ kind: 'postgres'; url: string } & Record<TemplateName, string>);

/**
 * Smaller than PostgreSQL's defaults, for a small database with one connection: the shared memory
 * (128 MB of buffers, slots for 100 connections) is laid out at every PGlite start and was most of
 * the time a test file spent opening its database. The WAL shrinks the dump every copy unpacks:
 * 1 MB segments instead of 16 MB, and a checkpoint removes the used ones (2 MB kept, none
 * recycled) where the default keeps 80 MB of them.
 */
export const testPgliteOptions = {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB', '-c', 'max_connections=10', '-c', 'min_wal_size=2MB', '-c', 'wal_recycle=off'],
  initDbStartParams: ['--wal-segsize=1'],
};

/**
 * A fresh, isolated, empty database for one test file or benchmark: in-memory PGlite, or with
 * TEST_DATABASE_URL a new database on that PostgreSQL server, dropped on close. Given a test run's
 * templates, PGlite starts from their empty dump (faster than initdb) with the test settings;
 * without (benchmarks), with PGlite's defaults.
 */
export async function openTestDatabase(templates?: DatabaseTemplates): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openScratchPostgres(url, 'tb_test');
  if (templates?.kind === 'pglite') return openPglite(null, { ...testPgliteOptions, loadDataDir: await dump(templates.empty) });
  return openPglite(null);
}

/** A fresh, isolated copy of one of the run's prepared databases, dropped on close like openTestDatabase's. */
export async function openPreparedCopy(templates: DatabaseTemplates, template: TemplateName): Promise<Database> {
  if (templates.kind === 'postgres') return openScratchPostgres(templates.url, 'tb_test', 5, templates[template]);
  return openPglite(null, { ...testPgliteOptions, loadDataDir: await dump(templates[template]) });
}

/**
 * A dump read once and handed to every copy as it is. PGlite only reads a data directory's bytes
 * (its files are copied into the new instance), and a Blob's `arrayBuffer()` reads and joins its
 * chunks again on every call: a fifth of the time a copy took to open. Only `arrayBuffer()` and
 * `size` answer (the Blob underneath is empty): it is for PGlite's `loadDataDir` and nothing else.
 */
class ReadOnlyDump extends Blob {
  readonly #contents: ArrayBuffer;
  constructor(contents: ArrayBuffer) {
    super([]);
    this.#contents = contents;
  }
  override get size() {
    return this.#contents.byteLength;
  }
  override arrayBuffer() {
    return Promise.resolve(this.#contents);
  }
}

// A worker reads each dump once, however many test files it runs.
const dumps = new Map<string, Promise<Blob>>();
function dump(file: string): Promise<Blob> {
  if (!dumps.has(file)) dumps.set(file, whenWritten(file));
  return dumps.get(file)!;
}

/** The dump at `file` once its builder has written it (it is made while the first tests start). */
async function whenWritten(file: string): Promise<Blob> {
  while (!fs.existsSync(file)) {
    if (fs.existsSync(`${file}.failed`)) throw new Error(`Preparing the test database failed: ${fs.readFileSync(`${file}.failed`, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const bytes = await fs.promises.readFile(file);
  return new ReadOnlyDump(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A new database on the PostgreSQL server at `url`, dropped on close (tests and benchmarks); a copy of `template` when given. */
export async function openScratchPostgres(url: string, prefix: string, poolSize = 5, template?: string): Promise<Database> {
  const name = await createScratchDatabase(url, prefix, template);
  const database = openPostgres(databaseUrl(url, name), poolSize);
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropScratchDatabase(url, name);
    },
  };
}

/** Creates a database named after `prefix`, the process and a random suffix, and answers its name. */
export async function createScratchDatabase(url: string, prefix: string, template?: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await asAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return name;
}

/** Drops a database made by createScratchDatabase, closing whatever connections it still has. */
export async function dropScratchDatabase(url: string, name: string): Promise<void> {
  await asAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** The address of database `name` on the server at `url`. */
export function databaseUrl(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

async function asAdmin(url: string, work: (admin: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
