import type { Executor } from '../../db/client.js';
import type { JobResponse } from '../../shared/jobs/job.schemas.js';
import { notFound } from '../errors.js';
import type { Actor } from '../modules/auth/actor.js';
import type { JobStatus } from './job-queue.js';
import { findJob } from './jobs.repository.js';
import { canSeeJob } from './jobs.policy.js';

/** One job for its creator or a platform admin; anyone else gets 404 so ids do not leak. */
export async function getJob(db: Executor, actor: Actor, id: string): Promise<JobResponse> {
  const job = await findJob(db, id);
  if (!job || !canSeeJob(actor, job)) throw notFound('job');
  return {
    id: job.id,
    kind: job.kind,
    status: job.status as JobStatus,
    progress: job.progress,
    total: job.total,
    result: job.result ?? null,
    error: job.error,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
