import fs from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories accept either the database or an open transaction. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

/** Embedded PGlite in `dataDir` (or in memory when dataDir is null); `options` start it from a dumped data directory, or tune it (tests). */
export async function openPglite(dataDir: string | null, options: Omit<PGliteOptions, 'dataDir' | 'extensions'> = {}): Promise<Database & { client: PGlite }> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const settings = { ...options, extensions: { unaccent, pg_trgm } };
  const client = dataDir ? await PGlite.create(dataDir, settings) : await PGlite.create(settings);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, client, kind: 'pglite', close: () => client.close() };
}

/** A node-postgres pool on a PostgreSQL server. */
export function openPostgres(url: string, max = 10): Database & { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server ends (restart, failover, a test database dropped) leaves the pool
  // by itself; unheard, its 'error' event would crash the process. The next query reconnects.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return { db, pool, kind: 'postgres', close: () => pool.end() };
}

export async function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openPglite(`${config.dataDir}/pglite`);
}
