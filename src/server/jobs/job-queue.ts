import type { Executor } from '../../db/client.js';
import { insertJob, type JobRow } from './jobs.repository.js';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/**
 * Queues background work. Call it inside the transaction of the change that causes it,
 * so the job exists if and only if the change was committed.
 */
export async function enqueueJob(
  tx: Executor,
  kind: string,
  payload: Record<string, unknown>,
  createdBy: string | null,
  options: { runAt?: Date } = {},
): Promise<JobRow> {
  return insertJob(tx, { kind, payload, createdBy, status: 'queued', runAt: options.runAt ?? new Date() });
}
