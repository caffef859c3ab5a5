import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import { testConfig } from './test-config.js';
import { createScratchDatabase, databaseUrl, dropScratchDatabase, testPgliteOptions, type DatabaseTemplates } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** What createTestApp copies for each test file instead of migrating and seeding it. */
    databaseTemplates: DatabaseTemplates;
  }
}

/**
 * Migrates and seeds one database per run (vitest globalSetup of the integration project), so a
 * test file copies it instead of preparing its own: on PostgreSQL a template database that
 * `CREATE DATABASE … TEMPLATE` clones, on PGlite a dump of the data directory that a new instance
 * starts from (and one of the empty data directory, for the tests that prepare theirs otherwise).
 * Dropped or deleted when the run ends.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  const templates = url ? await postgresTemplates(url) : await pgliteTemplates();
  project.provide('databaseTemplates', templates);
  return async () => {
    if (templates.kind === 'postgres') await dropScratchDatabase(templates.url, templates.prepared);
    else for (const file of [templates.empty, templates.prepared]) fs.rmSync(file, { force: true });
  };
}

async function postgresTemplates(url: string): Promise<DatabaseTemplates> {
  const name = await createScratchDatabase(url, 'tb_template');
  const database = openPostgres(databaseUrl(url, name), 1);
  try {
    await prepareDatabase(database, testConfig());
  } finally {
    // A template must have no connections while it is copied.
    await database.close();
  }
  return { kind: 'postgres', url, prepared: name };
}

async function pgliteTemplates(): Promise<DatabaseTemplates> {
  const directory = new URL('../../.tmp/', import.meta.url);
  fs.mkdirSync(directory, { recursive: true });
  const file = (name: string) => fileURLToPath(new URL(`test-database-${name}-${process.pid}.tar`, directory));
  const database = await openPglite(null, testPgliteOptions);
  try {
    const empty = await writeDump(database.client, file('empty'));
    await prepareDatabase(database, testConfig());
    const prepared = await writeDump(database.client, file('prepared'));
    return { kind: 'pglite', empty, prepared };
  } finally {
    await database.close();
  }
}

async function writeDump(client: PGlite, file: string): Promise<string> {
  // Written to the data files first, so an instance started from the dump has next to nothing to replay.
  await client.exec('CHECKPOINT');
  const dump = await client.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}
