import { openPglite, openPostgres, type Database } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import { loadConfig } from '../../src/server/config.js';
import { loadSyntheticOffers } from './bulk-offers.js';

/** Where a benchmark's server keeps its data: a PostgreSQL database, or a PGlite directory. */
export type ServedDatabase = { databaseUrl?: string; dataDir?: string };

/**
 * Prepares the database a benchmark's server will serve, as `npm start` would (migrations, demo
 * data), plus `offers` generated published offers on PostgreSQL; `use` reads from it before it is
 * closed and handed to the server process (PGlite admits one process).
 */
export async function prepareServedDatabase<T>(target: ServedDatabase, offers: number, use: (database: Database) => Promise<T>): Promise<T> {
  const database = target.databaseUrl ? openPostgres(target.databaseUrl, 2) : await openPglite(`${target.dataDir}/pglite`);
  try {
    await prepareDatabase(database, loadConfig({ ...process.env, DATABASE_URL: target.databaseUrl ?? '', DATA_DIR: target.dataDir ?? './data' }));
    if (target.databaseUrl && offers > 0) await loadSyntheticOffers(database, offers);
    return await use(database);
  } finally {
    await database.close();
  }
}
