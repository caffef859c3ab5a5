import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import { prepareDatabase } from '../../src/seed/prepare-database.js';
import { loadConfig, type AppConfig } from '../../src/server/config.js';
import { openTestDatabase } from './test-database.js';

export type TestContext = { app: FastifyInstance; database: Database; config: AppConfig; close: () => Promise<void> };

/** The real application on a fresh database, with reference data and the bootstrap admin, without demo data. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestContext> {
  const config = {
    ...loadConfig({ DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@test.local', ADMIN_PASSWORD: 'Admin@12345' }),
    baseUrl: 'http://localhost:3000',
    jobsEnabled: false,
    ...overrides,
  };
  const database = await openTestDatabase();
  await prepareDatabase(database, config);
  const app = await buildApp({ config, database, logger: false, webRoot: '/nonexistent' });
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
