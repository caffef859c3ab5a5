import { openDatabase, type Database } from '../../db/client.js';
import { prepareDatabase } from '../../seed/prepare-database.js';
import { loadConfig, type AppConfig } from '../../server/config.js';

/** Opens the configured database (DATA_DIR or DATABASE_URL), brings it up to date like a server start, runs `work`, closes it. */
export async function withDatabase<T>(work: (database: Database, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await prepareDatabase(database, config, (msg) => console.error(`[techbridge] ${msg}`));
    return await work(database, config);
  } finally {
    await database.close();
  }
}
