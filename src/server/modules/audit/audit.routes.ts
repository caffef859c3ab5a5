import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditListQuery } from '../../../shared/audit/audit.schemas.js';
import { listAuditEntries } from './audit-query.service.js';
import { signedIn } from '../auth/auth.plugin.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    { config: { auth: 'required' }, schema: { tags: ['audit'], querystring: AuditListQuery, response: { 200: AuditList } } },
    async (request) => listAuditEntries(app.ctx.database.db, signedIn(request), request.query),
  );
};
