import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import { ExpertCreate, ExpertDetail, ExpertFull, ExpertList, ExpertListQuery, ExpertPatch } from '../../../shared/catalogue/expert.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { workflowRoutes } from '../catalogue/workflow.routes.js';
import { createExpert, getExpert, listExperts, moveExpert, updateExpert } from './experts.service.js';

/** Experts: public profiles, private contacts, moderation. */
export const expertsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const tags = ['experts'];

  app.get('/api/experts', { schema: { tags, querystring: ExpertListQuery, response: { 200: ExpertList } } }, async (request) => listExperts(db, request.query));

  app.get('/api/experts/:id', { schema: { tags, params: RecordIdParams, response: { 200: ExpertDetail } } }, async (request) =>
    getExpert(db, await request.getActor(), request.params.id),
  );

  app.post('/api/experts', { schema: { tags, body: ExpertCreate, response: { 201: ExpertFull } } }, async (request, reply) => {
    const actor = await request.requireActor();
    reply.code(201);
    return createExpert(db, actor, request.body, auditContextOf(actor, request));
  });

  app.patch('/api/experts/:id', { schema: { tags, params: RecordIdParams, body: ExpertPatch, response: { 200: ExpertFull } } }, async (request) => {
    const actor = await request.requireActor();
    return updateExpert(db, actor, request.params.id, request.body, auditContextOf(actor, request));
  });

  await app.register(workflowRoutes('/api/experts', 'experts', ExpertFull, (actor, id, action, ctx, reason) => moveExpert(db, actor, id, action, ctx, reason)));
};
