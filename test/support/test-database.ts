import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/client.js';

/**
 * A fresh, isolated database for one test file: in-memory PGlite by default, or with
 * TEST_DATABASE_URL a new database on that PostgreSQL server, dropped on close.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openPglite(null);
  return openScratchPostgres(url, 'tb_test');
}

/** A new database on the PostgreSQL server at `url`, dropped on close (tests and benchmarks). */
export async function openScratchPostgres(url: string, prefix: string, poolSize = 5): Promise<Database> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openPostgres(target.toString(), poolSize);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
