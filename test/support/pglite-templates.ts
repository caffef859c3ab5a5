/**
 * `node --import tsx test/support/pglite-templates.ts <empty.tar> <prepared.tar> <demo.tar>`: dumps
 * the data directory of a new PGlite database, then of the same database migrated and seeded as
 * every test app expects, then of another one from the empty dump prepared with the demo data.
 * Started in the background by database-template.setup.ts; each dump appears under its final name
 * only once complete.
 */
import fs from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import { demoSettings, testConfig } from './test-config.js';
import { testPgliteOptions } from './test-database.js';

async function writeDump(client: PGlite, file: string) {
  // Written to the data files first, so an instance started from the dump has next to nothing to
  // replay; the switch and the second checkpoint leave one WAL segment instead of all written since start.
  await client.exec('CHECKPOINT');
  await client.exec('SELECT pg_switch_wal()');
  await client.exec('CHECKPOINT');
  const dump = await client.dumpDataDir('none');
  fs.writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(`${file}.partial`, file);
}

const [emptyFile, preparedFile, demoFile] = process.argv.slice(2) as [string, string, string];
const database = await openPglite(null, testPgliteOptions);
// Nothing in a test creates a database: without the two template databases a dump is 40% smaller,
// and each test file's copy has that much less to unpack.
await database.client.exec(`UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')`);
await database.client.exec('DROP DATABASE template0');
await database.client.exec('DROP DATABASE template1');
await writeDump(database.client, emptyFile);
await prepareDatabase(database, testConfig());
await writeDump(database.client, preparedFile);
await database.close();

const demo = await openPglite(null, { ...testPgliteOptions, loadDataDir: await fs.openAsBlob(emptyFile) });
await prepareDatabase(demo, testConfig(demoSettings));
await writeDump(demo.client, demoFile);
await demo.close();
