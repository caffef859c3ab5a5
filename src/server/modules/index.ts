import type { FastifyInstance } from 'fastify';
import type { JobHandlers } from '../jobs/job-worker.js';
import { runImportJob } from './imports/import-job.js';
import { IMPORT_JOB_KIND } from './imports/imports.service.js';
import { NOTIFICATION_EMAIL_JOB } from './notifications/notifications.service.js';
import { sendNotificationEmails } from './notifications/notification-email.job.js';
import { REMATCH_JOB, runRematchJob } from './matching/rematch.job.js';
import { referenceRoutes } from './reference/reference.routes.js';
import { usersRoutes } from './users/users.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { outboxRoutes } from './mail/outbox.routes.js';
import { jobsRoutes } from '../jobs/jobs.routes.js';
import { catalogueRoutes } from './catalogue/catalogue.routes.js';
import { importsRoutes } from './imports/imports.routes.js';
import { attachmentsRoutes } from './attachments/attachments.routes.js';
import { organisationsRoutes } from './organisations/organisations.routes.js';
import { membersRoutes } from './organisations/members.routes.js';
import { invitationsRoutes } from './organisations/invitations.routes.js';
import { connectionPointsRoutes } from './connection-points/connection-points.routes.js';
import { matchingRoutes } from './matching/matching.routes.js';
import { glossaryRoutes } from './matching/glossary.routes.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { connectionsRoutes } from './connections/connections.routes.js';
import { reportsRoutes } from './reports/reports.routes.js';
import { foreignSearchRoutes } from './foreign-search/foreign-search.routes.js';
import { eventsRoutes } from './events/events.routes.js';
import { assessmentRoutes } from './assessment/assessment.routes.js';
import { openDataRoutes } from './open-data/open-data.routes.js';
import { publicPagesRoutes } from './open-data/public-pages.routes.js';
import { duplicatesRoutes } from './duplicates/duplicates.routes.js';
import { savedSearchesRoutes } from './saved-searches/saved-searches.routes.js';
import { savedListingsRoutes } from './saved-listings/saved-listings.routes.js';
import { councilsRoutes } from './councils/councils.routes.js';
import { awardRoutes } from './award/award.routes.js';
import { OPEN_DATA_BULK_JOB, runBulkJob } from './open-data/bulk-files.js';
import { roadmapsRoutes } from './roadmaps/roadmaps.routes.js';
import { programmesRoutes } from './programmes/programmes.routes.js';
import { listingOutcomesRoutes } from './listing-outcomes/listing-outcomes.routes.js';

/** Every feature module's routes; a new module adds one line here. */
export async function registerModules(app: FastifyInstance) {
  await app.register(referenceRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(outboxRoutes);
  await app.register(jobsRoutes);
  await app.register(catalogueRoutes);
  await app.register(importsRoutes);
  await app.register(attachmentsRoutes);
  await app.register(organisationsRoutes);
  await app.register(membersRoutes);
  await app.register(invitationsRoutes);
  await app.register(connectionPointsRoutes);
  await app.register(matchingRoutes);
  await app.register(glossaryRoutes);
  await app.register(notificationsRoutes);
  await app.register(connectionsRoutes);
  await app.register(reportsRoutes);
  await app.register(foreignSearchRoutes);
  await app.register(eventsRoutes);
  await app.register(assessmentRoutes);
  await app.register(openDataRoutes);
  await app.register(publicPagesRoutes);
  await app.register(duplicatesRoutes);
  await app.register(savedSearchesRoutes);
  await app.register(savedListingsRoutes);
  await app.register(roadmapsRoutes);
  await app.register(programmesRoutes);
  await app.register(councilsRoutes);
  await app.register(awardRoutes);
  await app.register(listingOutcomesRoutes);
}

/** Every kind of background job and the function that runs it; a new kind adds one line. The composition root hands them to the worker. */
export const moduleJobHandlers: JobHandlers = {
  [IMPORT_JOB_KIND]: runImportJob,
  [NOTIFICATION_EMAIL_JOB]: sendNotificationEmails,
  [REMATCH_JOB]: runRematchJob,
  [OPEN_DATA_BULK_JOB]: runBulkJob,
};
