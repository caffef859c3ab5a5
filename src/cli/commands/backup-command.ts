import { writeBackup, restoreBackup, RestoreRefused } from '../../db/backup.js';
import { openDatabase } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { loadConfig } from '../../server/config.js';

const summary = (counts: Record<string, number>) => {
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  return `${rows} rows in ${Object.keys(counts).length} tables (${counts.stored_files ?? 0} stored files)`;
};

/**
 * `backup <file>`: every table of the configured database (DATABASE_URL, else the PGlite
 * database in DATA_DIR, which the server must not have open) in one consistent snapshot.
 */
export async function backupCommand(file: string): Promise<number> {
  const database = await openDatabase(loadConfig());
  try {
    const counts = await writeBackup(database, file);
    console.error(`wrote ${file}: ${summary(counts)}`);
    return 0;
  } finally {
    await database.close();
  }
}

/**
 * `restore <file>`: into the configured database, which is migrated first and must hold no data
 * (start nothing on it before; a server start would seed it). Moving from PGlite to PostgreSQL is
 * `backup` with DATA_DIR, then `restore` with DATABASE_URL.
 */
export async function restoreCommand(file: string): Promise<number> {
  const database = await openDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    const counts = await restoreBackup(database, file);
    console.error(`restored ${file} into the ${database.kind} database: ${summary(counts)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(`restore refused: ${error.message}`);
    return 1;
  } finally {
    await database.close();
  }
}
