import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import type { AppConfig } from '../../src/server/config.js';
import type { LogStream } from '../../src/server/logging.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import { templateFor, testConfig } from './test-config.js';
import { openPreparedCopy, openTestDatabase } from './test-database.js';

export type TestContext = { app: FastifyInstance; database: Database; config: AppConfig; close: () => Promise<void> };

/**
 * The real application on a fresh database, with reference data and the bootstrap admin, without demo
 * data; silent, unless `logStream` is given to receive the server's log lines as production writes them.
 */
export async function createTestApp(overrides: Partial<AppConfig> = {}, { logStream }: { logStream?: LogStream } = {}): Promise<TestContext> {
  const config = testConfig(overrides);
  const database = await openPreparedDatabase(config);
  const app = await buildApp({ config, database, ...(logStream ? { logStream } : { logger: false }), webRoot: '/nonexistent' });
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A copy of the run's prepared database (plain or demo) when `config` prepares the same way, else a new database prepared for it. */
async function openPreparedDatabase(config: AppConfig): Promise<Database> {
  const templates = inject('databaseTemplates');
  const template = templateFor(config);
  if (templates && template) return openPreparedCopy(templates, template);
  const database = await openTestDatabase(templates);
  await prepareDatabase(database, config);
  return database;
}
