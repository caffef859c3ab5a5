import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      // Pure functions without module state: one worker imports them all instead of a process per file.
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', isolate: false, sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // Migrates and seeds once per run; each file starts from a copy (test/support/database-template.setup.ts).
          globalSetup: ['test/support/database-template.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          // A worker imports the server once for all its files; every file still opens its own app and database.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
