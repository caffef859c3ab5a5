import { loadConfig, type AppConfig } from '../../src/server/config.js';

/** The configuration every test app starts from: no demo data, a known bootstrap admin, no background jobs. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({ DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@test.local', ADMIN_PASSWORD: 'Admin@12345' }),
    baseUrl: 'http://localhost:3000',
    jobsEnabled: false,
    // Each test reads what it just wrote; reusing public answers is tested on its own (test/platform/public-answers.test.ts).
    publicCacheSeconds: 0,
    // The authorisation suite reads every open-data URL as every role from one address; the limit is tested on its own (test/open-data).
    openDataLimitPerMinute: 1_000_000,
    // Workflow, search and matching suites publish short made-up listings; the publication threshold is tested on its own (test/listing-quality).
    publishMinQuality: null,
    ...overrides,
  };
}

/**
 * Whether `prepareDatabase` would leave a database for `config` exactly as it leaves the shared
 * template (prepared once per run with `testConfig()`): it reads only these three settings.
 */
export function preparesLikeTemplate(config: AppConfig): boolean {
  const template = testConfig();
  return config.adminEmail === template.adminEmail && config.adminPassword === template.adminPassword && config.loadDemoData === template.loadDemoData;
}
