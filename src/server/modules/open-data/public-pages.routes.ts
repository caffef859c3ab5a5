import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { robots, sitemap } from './public-pages.service.js';

const PUBLIC_CACHE = 'public, max-age=3600';

/** sitemap.xml and robots.txt for search engines (outside /api, not in the OpenAPI document). */
export const publicPagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const { baseUrl } = app.ctx.config;
  app.get('/sitemap.xml', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', PUBLIC_CACHE)
      .send(await sitemap(db, baseUrl)),
  );
  app.get('/robots.txt', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', PUBLIC_CACHE).send(robots(baseUrl)),
  );
};
