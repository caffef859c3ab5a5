import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OutboxList, OutboxListQuery } from '../../../shared/audit/audit.schemas.js';
import { listOutboxMail } from './outbox.service.js';
import { signedIn } from '../auth/auth.plugin.js';

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/admin/outbox',
    { config: { auth: 'required' }, schema: { tags: ['admin'], querystring: OutboxListQuery, response: { 200: OutboxList } } },
    async (request) => listOutboxMail(app.ctx.database.db, signedIn(request), request.query),
  );
};
