import type { JobHandler } from '../../jobs/job-worker.js';
import { loadActor } from '../auth/actor.js';
import { findUserById } from '../auth/users.repository.js';
import { getFile, removeFiles } from '../attachments/stored-files.repository.js';
import { importFile, type ImportJobPayload } from './imports.service.js';

/** Runs a queued import as the person who started it, then deletes the uploaded file. */
export const runImportJob: JobHandler = async ({ db, job, progress }) => {
  const payload = job.payload as ImportJobPayload;
  const user = job.createdBy ? await findUserById(db, job.createdBy) : undefined;
  if (!user || user.disabled) throw new Error('the person who started this import no longer exists');
  const actor = await loadActor(db, user);
  const data = await getFile(db, payload.storageKey);
  if (!data) throw new Error('the uploaded file is gone');
  const report = await importFile(db, actor, { actorId: actor.userId, actorEmail: actor.email }, payload.type, payload.format, data, {
    publish: payload.publish ?? false,
    ownerOrganisationId: payload.ownerOrganisationId ?? null,
    minQuality: payload.minQuality ?? null,
    progress,
  });
  await removeFiles(db, [payload.storageKey]);
  return report;
};
