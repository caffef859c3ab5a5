import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobResponse } from '../../shared/jobs/job.schemas.js';
import { getJob } from './jobs.service.js';
import { signedIn } from '../modules/auth/auth.plugin.js';

export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/jobs/:id',
    { config: { auth: 'required' }, schema: { tags: ['jobs'], params: z.object({ id: z.uuid() }), response: { 200: JobResponse } } },
    async (request) => {
      const actor = signedIn(request);
      return getJob(app.ctx.database.db, actor, request.params.id);
    },
  );
};
