import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import type { AppConfig } from '../../src/server/config.js';
import { demoSettings, testConfig } from './test-config.js';
import { createScratchDatabase, databaseUrl, dropScratchDatabase, type DatabaseTemplates } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** What createTestApp copies for each test file instead of migrating and seeding it. */
    databaseTemplates: DatabaseTemplates;
  }
}

/**
 * Migrates and seeds the databases of a run once (vitest globalSetup of the integration project), so a
 * test file copies it instead of preparing its own: on PostgreSQL template databases (plain and demo) that
 * `CREATE DATABASE … TEMPLATE` clones; on PGlite dumps of the data directory (empty, prepared, and prepared with the demo data)
 * that a new instance starts from. Dropped or deleted when the run ends.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const templates = await postgresTemplates(url);
    project.provide('databaseTemplates', templates);
    return async () => {
      for (const name of [templates.prepared, templates.demo]) await dropScratchDatabase(url, name);
    };
  }
  const { templates, stop } = pgliteTemplates();
  project.provide('databaseTemplates', templates);
  return async () => {
    await stop();
    for (const file of [templates.empty, templates.prepared, templates.demo]) fs.rmSync(file, { force: true });
  };
}

async function postgresTemplates(url: string) {
  const [prepared, demo] = await Promise.all([postgresTemplate(url, testConfig()), postgresTemplate(url, testConfig(demoSettings))]);
  return { kind: 'postgres', url, prepared, demo } as const;
}

async function postgresTemplate(url: string, config: AppConfig): Promise<string> {
  const name = await createScratchDatabase(url, 'tb_template');
  const database = openPostgres(databaseUrl(url, name), 1);
  try {
    await prepareDatabase(database, config);
  } finally {
    // A template must have no connections while it is copied.
    await database.close();
  }
  return name;
}

/**
 * The PGlite dumps are made by a child process, while the unit tests run and the test workers
 * import the server; the first copy waits for its dump (see openPreparedCopy). A failed build
 * leaves a `.failed` file with its output beside the dump, which that wait reports.
 */
function pgliteTemplates() {
  const directory = new URL('../../.tmp/', import.meta.url);
  fs.mkdirSync(directory, { recursive: true });
  const file = (name: string) => fileURLToPath(new URL(`test-database-${name}-${process.pid}.tar`, directory));
  const templates = { kind: 'pglite', empty: file('empty'), prepared: file('prepared'), demo: file('demo') } as const;
  const builder = fileURLToPath(new URL('pglite-templates.ts', import.meta.url));
  const dumps = [templates.empty, templates.prepared, templates.demo];
  const child = spawn(process.execPath, ['--import', 'tsx', builder, ...dumps], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: { ...process.env, TZ: 'UTC' }, // as the test workers have it (vitest.config.ts)
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => {
    child.on('close', (code, signal) => {
      if (code !== 0) for (const dump of dumps) fs.writeFileSync(`${dump}.failed`, `exit ${code ?? signal}\n${output}`);
      resolve();
    });
  });
  const stop = async () => {
    child.kill();
    await exited;
    for (const dump of dumps) fs.rmSync(`${dump}.failed`, { force: true });
  };
  return { templates, stop };
}
