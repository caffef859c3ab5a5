import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../../db/client.js';
import { pingDatabase } from './health.repository.js';

const HealthResponse = z
  .object({ status: z.enum(['ok', 'degraded']), db: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number() }) })
  .meta({ id: 'HealthResponse' });

export const healthRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/api/health',
    { config: { auth: 'public' }, schema: { tags: ['platform'], response: { 200: HealthResponse, 503: HealthResponse } } },
    async (_request, reply) => {
      const started = performance.now();
      let ok = true;
      try {
        await pingDatabase(database.db);
      } catch {
        ok = false;
      }
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        db: { kind: database.kind, ok, latencyMs: Math.round((performance.now() - started) * 100) / 100 },
      };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
};
