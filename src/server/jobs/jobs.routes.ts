import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobResponse } from '../../shared/jobs/job.schemas.js';
import { getJob } from './jobs.service.js';

export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/jobs/:id', { schema: { tags: ['jobs'], params: z.object({ id: z.uuid() }), response: { 200: JobResponse } } }, async (request) => {
    const actor = await request.requireActor();
    return getJob(app.ctx.database.db, actor, request.params.id);
  });
};
