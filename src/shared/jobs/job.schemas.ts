import { z } from 'zod';

export const JobStatus = z.enum(['queued', 'running', 'succeeded', 'failed']).meta({ id: 'JobStatus' });

/** A background job as the UI's progress bar sees it. */
export const JobResponse = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: JobStatus,
    progress: z.number().int(),
    total: z.number().int(),
    /** What the job produced (for an import: counts and the rejected rows). */
    result: z.unknown().nullable(),
    error: z.string().nullable(),
    attempts: z.number().int(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'JobResponse' });
export type JobResponse = z.infer<typeof JobResponse>;

export const JobAccepted = z.object({ jobId: z.uuid() }).meta({ id: 'JobAccepted' });
