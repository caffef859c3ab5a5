import type { Db } from '../../db/client.js';
import type { AppConfig } from '../config.js';
import { claimDueJobs, completeJob, failJob, setJobProgress, type JobRow } from './jobs.repository.js';

export type JobContext = { db: Db; config: AppConfig };
export type JobRun = JobContext & {
  job: JobRow;
  /** Records progress for the UI's progress bar (done out of total). */
  progress: (done: number, total: number) => Promise<void>;
};
/** Runs one job; what it returns is stored as the job's result. Throwing fails the attempt. */
export type JobHandler = (run: JobRun) => Promise<unknown>;
export type JobHandlers = Record<string, JobHandler>;

export const MAX_JOB_ATTEMPTS = 3;
const STALE_AFTER_MS = 15 * 60_000;

/** 30 s, 2 min, 8 min … after the first, second, third failed attempt. */
export function retryDelayMs(attempts: number): number {
  return 30_000 * 4 ** (attempts - 1);
}

async function runOne(context: JobContext, handlers: JobHandlers, job: JobRow): Promise<void> {
  const handler = handlers[job.kind] as JobHandler | undefined;
  if (!handler) return failJob(context.db, job.id, `no handler for job kind "${job.kind}"`, null);
  try {
    const result = await handler({ ...context, job, progress: (done, total) => setJobProgress(context.db, job.id, done, total) });
    await completeJob(context.db, job.id, result);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retryAt = job.attempts < MAX_JOB_ATTEMPTS ? new Date(Date.now() + retryDelayMs(job.attempts)) : null;
    await failJob(context.db, job.id, message, retryAt);
  }
}

/** Claims and runs the jobs that are due now, one after another; returns how many ran. */
export async function runDueJobs(context: JobContext, handlers: JobHandlers, limit = 5): Promise<number> {
  let ran = 0;
  for (;;) {
    const claimed = await context.db.transaction((tx) => claimDueJobs(tx, limit, STALE_AFTER_MS));
    if (claimed.length === 0) return ran;
    for (const job of claimed) await runOne(context, handlers, job);
    ran += claimed.length;
  }
}

export type JobWorker = { stop: () => Promise<void> };

/** Polls for due jobs every `intervalMs` until stopped; stop() waits for the running batch. */
export function startJobWorker(
  context: JobContext,
  handlers: JobHandlers,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): JobWorker {
  const intervalMs = options.intervalMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    current = runDueJobs(context, handlers)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
