import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../../src/db/schema/index.js';
import { enqueueJob } from '../../src/server/jobs/job-queue.js';
import { MAX_JOB_ATTEMPTS, runDueJobs, type JobHandlers } from '../../src/server/jobs/job-worker.js';
import { signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const context = () => ({ db: ctx.database.db, config: ctx.config });
const reload = async (id: string) => (await ctx.database.db.select().from(jobs).where(eq(jobs.id, id)))[0];
/** Makes a queued job due now, as if its backoff had passed. */
const makeDue = (id: string) =>
  ctx.database.db
    .update(jobs)
    .set({ runAt: new Date(Date.now() - 1000) })
    .where(eq(jobs.id, id));

describe('background jobs', () => {
  it('runs a job enqueued inside a committed transaction, with progress and result', async () => {
    const seen: number[] = [];
    const handlers: JobHandlers = {
      count: async ({ job, progress }) => {
        const upTo = job.payload.upTo as number;
        for (let i = 1; i <= upTo; i++) await progress(i, upTo);
        seen.push(upTo);
        return { counted: upTo };
      },
    };
    const job = await ctx.database.db.transaction((tx) => enqueueJob(tx, 'count', { upTo: 3 }, null));
    expect(await runDueJobs(context(), handlers)).toBe(1);
    expect(seen).toEqual([3]);
    expect(await reload(job.id)).toMatchObject({ status: 'succeeded', progress: 3, total: 3, result: { counted: 3 }, attempts: 1 });
    expect(await runDueJobs(context(), handlers)).toBe(0);
  });

  it('leaves no job behind when the transaction that enqueued it rolls back', async () => {
    let id = '';
    await expect(
      ctx.database.db.transaction(async (tx) => {
        id = (await enqueueJob(tx, 'count', {}, null)).id;
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await reload(id)).toBeUndefined();
  });

  it('retries a failing job later with backoff, then marks it failed after the last attempt', async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      flaky: async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    };
    const job = await ctx.database.db.transaction((tx) => enqueueJob(tx, 'flaky', {}, null));
    await runDueJobs(context(), handlers);
    const first = await reload(job.id);
    expect(first).toMatchObject({ status: 'queued', attempts: 1, error: 'boom 1' });
    expect(first.runAt.getTime()).toBeGreaterThan(Date.now() + 10_000);
    expect(await runDueJobs(context(), handlers)).toBe(0);
    for (let attempt = 2; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      await makeDue(job.id);
      await runDueJobs(context(), handlers);
    }
    expect(await reload(job.id)).toMatchObject({ status: 'failed', attempts: MAX_JOB_ATTEMPTS, error: `boom ${MAX_JOB_ATTEMPTS}` });
    expect(calls).toBe(MAX_JOB_ATTEMPTS);
  });

  it('fails a job of an unknown kind at once', async () => {
    const job = await ctx.database.db.transaction((tx) => enqueueJob(tx, 'nobody-handles-this', {}, null));
    await runDueJobs(context(), {});
    expect(await reload(job.id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never gives one job to two workers polling at the same time', async () => {
    let runs = 0;
    const handlers: JobHandlers = {
      slow: async () => {
        runs++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
    };
    await ctx.database.db.transaction(async (tx) => {
      for (let i = 0; i < 6; i++) await enqueueJob(tx, 'slow', { i }, null);
    });
    const ran = await Promise.all([runDueJobs(context(), handlers, 2), runDueJobs(context(), handlers, 2), runDueJobs(context(), handlers, 2)]);
    expect(ran.reduce((a, b) => a + b, 0)).toBe(6);
    expect(runs).toBe(6);
  });
});

describe('GET /api/jobs/{id}', () => {
  it('shows a job to its creator and a platform admin only', async () => {
    const { client: creator, user } = await signedInClient(ctx.app, ctx.database.db);
    const job = await ctx.database.db.transaction((tx) => enqueueJob(tx, 'count', { upTo: 1 }, user.id));

    expect((await new TestClient(ctx.app).get(`/api/jobs/${job.id}`)).statusCode).toBe(401);
    const mine = await creator.get(`/api/jobs/${job.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ id: job.id, kind: 'count', status: 'queued', progress: 0, total: 0, result: null, finishedAt: null });

    const { client: stranger } = await signedInClient(ctx.app, ctx.database.db);
    expect((await stranger.get(`/api/jobs/${job.id}`)).statusCode).toBe(404);
    const admin = await new TestClient(ctx.app).signIn('admin@test.local', 'Admin@12345');
    expect((await admin.get(`/api/jobs/${job.id}`)).statusCode).toBe(200);
    expect((await creator.get('/api/jobs/not-a-uuid')).statusCode).toBe(400);
  });
});
