import { expect } from 'vitest';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { runImportJob } from '../../src/server/modules/imports/import-job.js';
import { IMPORT_JOB_KIND } from '../../src/server/modules/imports/imports.service.js';
import type { ImportReport } from '../../src/shared/imports/import.schemas.js';
import type { TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { multipart } from './multipart.js';

/** The labelled evaluation set (170 offers, 40 demands, relevance judgments), kept with the tests. */
export const evalDir = new URL('../fixtures/eval-dev/', import.meta.url);

/**
 * POSTs a file to /api/imports, runs the queued import job as the worker would, and returns the
 * job's report. Only the import runs: the re-matching it queues is covered by test/matching.
 */
export async function importThroughApi(
  ctx: TestContext,
  client: TestClient,
  type: 'offers' | 'demands',
  file: { name: string; data: Buffer },
  { format, publish, ownerOrganisationId }: { format?: 'jsonl' | 'xlsx'; publish?: boolean; ownerOrganisationId?: string } = {},
) {
  const fields = {
    type,
    ...(format ? { format } : {}),
    ...(publish === undefined ? {} : { publish: String(publish) }),
    ...(ownerOrganisationId ? { ownerOrganisationId } : {}),
  };
  const body = multipart(fields, file);
  const started = await client.request('POST', '/api/imports', body.payload, { headers: body.headers });
  expect(started.statusCode, started.body).toBe(202);
  const { jobId } = started.json() as { jobId: string };
  await runDueJobs({ db: ctx.database.db, config: ctx.config }, { [IMPORT_JOB_KIND]: runImportJob });
  const job = await client.get(`/api/jobs/${jobId}`);
  expect(job.json()).toMatchObject({ status: 'succeeded' });
  return job.json().result as ImportReport;
}
