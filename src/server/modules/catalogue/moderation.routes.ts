import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BulkPublishBody,
  BulkPublishResult,
  ModerationOverview,
  ModerationQueue,
  ModerationQueueQuery,
  WorkspaceQuery,
  WorkspaceRecords,
} from '../../../shared/catalogue/moderation.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { publishMany } from './bulk-publish.service.js';
import { moderationOverview, moderationQueue, workspaceRecords } from './moderation.service.js';
import { signedIn } from '../auth/auth.plugin.js';

/** Work lists over offers, demands and experts: my organisation's records, the moderation queue, the agency overview. */
export const moderationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/workspace/records',
    { config: { auth: 'required' }, schema: { tags: ['workspace'], querystring: WorkspaceQuery, response: { 200: WorkspaceRecords } } },
    async (request) => {
      const { organisationId, ...page } = request.query;
      return workspaceRecords(db, signedIn(request), organisationId, page);
    },
  );

  app.get(
    '/api/moderation/queue',
    { config: { auth: 'required' }, schema: { tags: ['moderation'], querystring: ModerationQueueQuery, response: { 200: ModerationQueue } } },
    async (request) => moderationQueue(db, signedIn(request), request.query, app.ctx.config.publishMinQuality),
  );

  app.post(
    '/api/moderation/publish',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['moderation'],
        description:
          'Publishes the chosen records of the queue at once; their new matches reach each person as one summary. Offers and demands under the listing-quality threshold are returned to their authors with the missing items instead (`returned`).',
        body: BulkPublishBody,
        response: { 200: BulkPublishResult },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      return publishMany(db, actor, auditContextOf(actor, request), request.body, app.ctx.config.publishMinQuality);
    },
  );

  app.get(
    '/api/moderation/overview',
    { config: { auth: 'required' }, schema: { tags: ['moderation'], response: { 200: ModerationOverview } } },
    async (request) => moderationOverview(db, signedIn(request)),
  );
};
