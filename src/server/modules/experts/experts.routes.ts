import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import { ExpertCreate, ExpertDetail, ExpertFull, ExpertList, ExpertListQuery, ExpertPatch } from '../../../shared/catalogue/expert.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { workflowRoutes } from '../catalogue/workflow.routes.js';
import { createExpert, getExpert, listExperts, moveExpert, updateExpert } from './experts.service.js';
import { signedIn } from '../auth/auth.plugin.js';

/** Experts: public profiles, private contacts, moderation. */
export const expertsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const tags = ['experts'];

  app.get('/api/experts', { config: { auth: 'public' }, schema: { tags, querystring: ExpertListQuery, response: { 200: ExpertList } } }, async (request) =>
    listExperts(db, request.query),
  );

  app.get('/api/experts/:id', { config: { auth: 'optional' }, schema: { tags, params: RecordIdParams, response: { 200: ExpertDetail } } }, async (request) =>
    getExpert(db, request.actor, request.params.id),
  );

  app.post('/api/experts', { config: { auth: 'required' }, schema: { tags, body: ExpertCreate, response: { 201: ExpertFull } } }, async (request, reply) => {
    const actor = signedIn(request);
    reply.code(201);
    return createExpert(db, actor, request.body, auditContextOf(actor, request));
  });

  app.patch(
    '/api/experts/:id',
    { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, body: ExpertPatch, response: { 200: ExpertFull } } },
    async (request) => {
      const actor = signedIn(request);
      return updateExpert(db, actor, request.params.id, request.body, auditContextOf(actor, request));
    },
  );

  await app.register(workflowRoutes('/api/experts', 'experts', ExpertFull, (actor, id, action, ctx, reason) => moveExpert(db, actor, id, action, ctx, reason)));
};
