import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { jobs } from '../../db/schema/index.js';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(db: Executor, values: typeof jobs.$inferInsert): Promise<JobRow> {
  const [row] = await db.insert(jobs).values(values).returning();
  return row;
}

export async function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/**
 * Marks up to `limit` due jobs as running and returns them. `SKIP LOCKED` lets several
 * server processes poll the same table without taking the same job; a job left `running`
 * by a process that died is taken again once its lock is older than `staleAfterMs`.
 */
export async function claimDueJobs(db: Executor, limit: number, staleAfterMs: number): Promise<JobRow[]> {
  const now = new Date();
  const staleBefore = new Date(now.getTime() - staleAfterMs);
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(or(and(eq(jobs.status, 'queued'), lte(jobs.runAt, now)), and(eq(jobs.status, 'running'), lte(jobs.lockedAt, staleBefore))))
    .orderBy(jobs.runAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({ status: 'running', lockedAt: now, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, due))
    .returning();
}

export async function setJobProgress(db: Executor, id: string, progress: number, total: number) {
  // Touching locked_at too keeps a long job from looking abandoned.
  await db.update(jobs).set({ progress, total, lockedAt: new Date() }).where(eq(jobs.id, id));
}

export async function completeJob(db: Executor, id: string, result: unknown) {
  await db
    .update(jobs)
    .set({ status: 'succeeded', result: result ?? null, error: null, lockedAt: null, finishedAt: new Date() })
    .where(eq(jobs.id, id));
}

/** A failed attempt: queued again at `retryAt`, or failed for good when `retryAt` is null. */
export async function failJob(db: Executor, id: string, error: string, retryAt: Date | null) {
  await db
    .update(jobs)
    .set(retryAt ? { status: 'queued', error, lockedAt: null, runAt: retryAt } : { status: 'failed', error, lockedAt: null, finishedAt: new Date() })
    .where(eq(jobs.id, id));
}
