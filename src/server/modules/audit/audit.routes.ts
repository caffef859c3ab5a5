import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditListQuery } from '../../../shared/audit/audit.schemas.js';
import { listAuditEntries } from './audit-query.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/audit', { schema: { tags: ['audit'], querystring: AuditListQuery, response: { 200: AuditList } } }, async (request) =>
    listAuditEntries(app.ctx.database.db, await request.requireActor(), request.query),
  );
};
