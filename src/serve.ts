/**
 * The platform itself: the database, the app, the job worker and the hourly work. Imported by
 * src/main.ts once the settings are safe to start with.
 */
import path from 'node:path';
import { openDatabase } from './db/client.js';
import { refreshPlannerStatistics } from './db/planner-statistics.js';
import { buildApp } from './server/app.js';
import { prepareDatabase } from './seed/prepare-database.js';
import { loadConfig } from './server/config.js';
import { startJobWorker } from './server/jobs/job-worker.js';
import { moduleJobHandlers } from './server/modules/index.js';
import { remindExpiringRecords } from './server/modules/catalogue/expiry-reminders.js';
import { expireRecords } from './server/modules/catalogue/expire-records.js';
import { sendDailyDigests } from './server/modules/notifications/daily-digest.js';
import { markStalledConnections } from './server/modules/connections/stalled-connections.js';
import { forgetStaleThrottles } from './server/modules/auth/account-limits.service.js';
import { enqueueBulkRegeneration } from './server/modules/open-data/bulk-files.js';
import { sendSavedSearchDigests } from './server/modules/saved-searches/saved-searches.service.js';
import { remindRoadmapReviews } from './server/modules/roadmaps/review-reminders.js';
import { remindDueReports } from './server/modules/programmes/programme-results.service.js';
import { remindCampaigns } from './server/modules/assessment/campaign-reminders.service.js';

const config = loadConfig();
const database = await openDatabase(config);
await prepareDatabase(database, config, (msg) => console.log(`[techbridge] ${msg}`));
const app = await buildApp({ config, database, webRoot: path.resolve('dist/web') });
const worker = config.jobsEnabled
  ? startJobWorker({ db: database.db, config }, moduleJobHandlers, { onError: (error) => app.log.error({ err: error }, 'job worker') })
  : null;

const markStalled = () =>
  markStalledConnections(database.db, new Date(), config.stallAfterDays).catch((error: unknown) => app.log.error({ err: error }, 'stalled connections'));
const remindExpiring = () => remindExpiringRecords(database.db, new Date()).catch((error: unknown) => app.log.error({ err: error }, 'expiry reminders'));
const sendDigests = () => sendDailyDigests(database.db, config, new Date()).catch((error: unknown) => app.log.error({ err: error }, 'daily digests'));
const expire = () => expireRecords(database.db, new Date()).catch((error: unknown) => app.log.error({ err: error }, 'expired records'));
const refreshStatistics = () => refreshPlannerStatistics(database).catch((error: unknown) => app.log.error({ err: error }, 'planner statistics'));
const forgetThrottles = () => forgetStaleThrottles(database.db).catch((error: unknown) => app.log.error({ err: error }, 'stale sign-in limits'));
const regenerateOpenData = () => enqueueBulkRegeneration(database.db).catch((error: unknown) => app.log.error({ err: error }, 'open-data bulk files'));
const remindReviews = () => remindRoadmapReviews(database.db, new Date()).catch((error: unknown) => app.log.error({ err: error }, 'roadmap reviews'));
const remindReports = () => remindDueReports(database.db, new Date()).catch((error: unknown) => app.log.error({ err: error }, 'programme report reminders'));
const remindSurveys = () => remindCampaigns(database.db, new Date()).catch((error: unknown) => app.log.error({ err: error }, 'survey campaign reminders'));
const hourly = () =>
  Promise.all([
    markStalled(),
    remindExpiring(),
    expire(),
    sendDigests(),
    refreshStatistics(),
    forgetThrottles(),
    regenerateOpenData(),
    remindReviews(),
    remindReports(),
    remindSurveys(),
  ]);
// Saved-search digests: "immediately" means within five minutes; daily and weekly ones wait their turn.
const sendSearchDigests = () => sendSavedSearchDigests(database.db).catch((error: unknown) => app.log.error({ err: error }, 'saved-search digests'));
const digestTimer = config.jobsEnabled ? setInterval(() => void sendSearchDigests(), 5 * 60 * 1000) : null;
const hourlyTimer = config.jobsEnabled ? setInterval(() => void hourly(), 60 * 60 * 1000) : null;
if (config.jobsEnabled) void hourly();
else void refreshStatistics();

const shutdown = async () => {
  if (hourlyTimer) clearInterval(hourlyTimer);
  if (digestTimer) clearInterval(digestTimer);
  await worker?.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

await app.listen({ port: config.port, host: config.host });
app.log.info(`TechBridge on ${config.baseUrl} (database: ${database.kind}${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''})`);
