import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ModerationOverview, ModerationQueue, WorkspaceQuery, WorkspaceRecords } from '../../../shared/catalogue/moderation.schemas.js';
import { moderationOverview, moderationQueue, workspaceRecords } from './moderation.service.js';

/** Work lists over offers, demands and experts: my organisation's records, the moderation queue, the agency overview. */
export const moderationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/workspace/records', { schema: { tags: ['workspace'], querystring: WorkspaceQuery, response: { 200: WorkspaceRecords } } }, async (request) =>
    workspaceRecords(db, await request.requireActor(), request.query.organisationId),
  );

  app.get('/api/moderation/queue', { schema: { tags: ['moderation'], response: { 200: ModerationQueue } } }, async (request) =>
    moderationQueue(db, await request.requireActor()),
  );

  app.get('/api/moderation/overview', { schema: { tags: ['moderation'], response: { 200: ModerationOverview } } }, async (request) =>
    moderationOverview(db, await request.requireActor()),
  );
};
