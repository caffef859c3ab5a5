import type { Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { loadReferenceData } from './reference-data.js';
import { loadGlossary } from './glossary.js';
import { loadAssessmentMethodologies } from './assessment-methodologies.js';
import { loadDemoAssessments } from './demo/load-assessments.js';
import { loadDemoAssessmentSurvey } from './demo/load-assessment-survey.js';
import { runOnce } from './seed.repository.js';
import { loadDemoData } from './demo/index.js';
import { loadNetworkHistory } from './network-history/load-network-history.js';
import { loadDemoEvents } from './demo/load-events.js';
import { loadTechconnect2023 } from './demo/load-techconnect-2023.js';
import { loadDemoRoadmaps } from './demo/load-roadmaps.js';
import { loadDemoProgrammes } from './demo/load-programmes.js';
import { loadDemoAward } from './demo/load-award.js';
import type { AppConfig } from '../server/config.js';
import { ensureBootstrapAdmin } from '../server/modules/users/bootstrap-admin.js';
import { moveDiskUploadsIntoDatabase } from '../server/modules/attachments/legacy-uploads.js';
import { refreshDashboardEntries } from '../server/modules/assessment/dashboard.repository.js';

/** Everything a start needs before serving: schema, reference data, the first admin, demo data. Idempotent. */
export async function prepareDatabase(database: Database, config: AppConfig, log: (msg: string) => void = () => {}) {
  await migrateDatabase(database);
  if (await runOnce(database.db, 'reference-data-v1', loadReferenceData)) log('reference data loaded');
  if (await runOnce(database.db, 'glossary-v1', loadGlossary)) log('glossary loaded');
  if (await runOnce(database.db, 'assessment-methodologies-v1', loadAssessmentMethodologies)) log('assessment methodologies loaded');
  await ensureBootstrapAdmin(database.db, config.adminEmail, config.adminPassword);
  const moved = await moveDiskUploadsIntoDatabase(database.db, config.dataDir);
  if (moved) log(`${moved} uploaded files moved from ${config.dataDir}/uploads into the database`);
  if (config.loadDemoData && (await runOnce(database.db, 'demo-data-v1', loadDemoData))) log('demo data loaded');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-assessments-v1', loadDemoAssessments))) log('demo technology assessments loaded');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-assessment-survey-v1', loadDemoAssessmentSurvey)))
    log('demo survey of Nghệ An food processors loaded');
  // Assessments approved before the dashboards kept their entries (migration 0018), the demo's included.
  if (await runOnce(database.db, 'assessment-dashboard-entries-v1', (tx) => refreshDashboardEntries(tx, null))) log('assessment dashboard entries built');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-network-history-v1', loadNetworkHistory))) log('demo network history 2017–2024 loaded');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-events-v1', loadDemoEvents))) log('demo events loaded');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-techconnect-2023-v1', loadTechconnect2023)))
    log('Techconnect 2023: 460 technologies shown, 175 offers and 200 demands collected');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-roadmaps-v1', loadDemoRoadmaps))) log('demo technology map and roadmap loaded');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-programmes-v1', loadDemoProgrammes))) log('demo programme tasks loaded');
  if (config.loadDemoData && (await runOnce(database.db, 'demo-award-v1', loadDemoAward))) log('demo innovation award and council loaded');
}
