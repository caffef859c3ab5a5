import { runImportJob } from '../modules/imports/import-job.js';
import { IMPORT_JOB_KIND } from '../modules/imports/imports.service.js';
import type { JobHandlers } from './job-worker.js';
import { NOTIFICATION_EMAIL_JOB } from '../modules/notifications/notifications.service.js';
import { sendNotificationEmails } from '../modules/notifications/notification-email.job.js';
import { REMATCH_JOB, runRematchJob } from '../modules/matching/rematch.job.js';

/** Every kind of background job and the function that runs it; a new kind adds one line. */
export const jobHandlers: JobHandlers = {
  [IMPORT_JOB_KIND]: runImportJob,
  [NOTIFICATION_EMAIL_JOB]: sendNotificationEmails,
  [REMATCH_JOB]: runRematchJob,
};
