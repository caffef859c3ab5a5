import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ModerationOverview, ModerationQueue, WorkspaceQuery, WorkspaceRecords } from '../../../shared/catalogue/moderation.schemas.js';
import { moderationOverview, moderationQueue, workspaceRecords } from './moderation.service.js';
import { signedIn } from '../auth/auth.plugin.js';

/** Work lists over offers, demands and experts: my organisation's records, the moderation queue, the agency overview. */
export const moderationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/workspace/records',
    { config: { auth: 'required' }, schema: { tags: ['workspace'], querystring: WorkspaceQuery, response: { 200: WorkspaceRecords } } },
    async (request) => workspaceRecords(db, signedIn(request), request.query.organisationId),
  );

  app.get('/api/moderation/queue', { config: { auth: 'required' }, schema: { tags: ['moderation'], response: { 200: ModerationQueue } } }, async (request) =>
    moderationQueue(db, signedIn(request)),
  );

  app.get(
    '/api/moderation/overview',
    { config: { auth: 'required' }, schema: { tags: ['moderation'], response: { 200: ModerationOverview } } },
    async (request) => moderationOverview(db, signedIn(request)),
  );
};
