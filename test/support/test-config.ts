import { DEMO_PASSWORD } from '../../src/seed/demo/data/people.js';
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

/** What a test of the demo data starts from: the demo as `npm start` loads it, with its administrator. */
export const demoSettings = { loadDemoData: true, adminEmail: 'admin@techbridge.local', adminPassword: DEMO_PASSWORD } satisfies Partial<AppConfig>;

/** The databases a test run prepares once (database-template.setup.ts): the plain one every test app starts from, and the demo. */
export type TemplateName = 'prepared' | 'demo';

/**
 * Which of the run's prepared databases `prepareDatabase` would leave exactly as it would leave a
 * new one for `config`, if any: it reads only these three settings.
 */
export function templateFor(config: AppConfig): TemplateName | null {
  const same = (template: AppConfig) =>
    config.adminEmail === template.adminEmail && config.adminPassword === template.adminPassword && config.loadDemoData === template.loadDemoData;
  if (same(testConfig())) return 'prepared';
  if (same(testConfig(demoSettings))) return 'demo';
  return null;
}
