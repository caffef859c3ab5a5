import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import { DemandCreate, DemandDetail, DemandFull, DemandList, DemandListQuery, DemandPatch } from '../../../shared/catalogue/demand.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { workflowRoutes } from '../catalogue/workflow.routes.js';
import { createDemand, getDemand, listDemands, moveDemand, updateDemand } from './demands.service.js';
import { signedIn } from '../auth/auth.plugin.js';

/** Technology demands: public parts for everyone, confidential details for the few; publish = open. */
export const demandsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const tags = ['demands'];

  app.get('/api/demands', { config: { auth: 'public' }, schema: { tags, querystring: DemandListQuery, response: { 200: DemandList } } }, async (request) =>
    listDemands(db, request.query),
  );

  app.get('/api/demands/:id', { config: { auth: 'optional' }, schema: { tags, params: RecordIdParams, response: { 200: DemandDetail } } }, async (request) =>
    getDemand(db, request.actor, request.params.id),
  );

  app.post('/api/demands', { config: { auth: 'required' }, schema: { tags, body: DemandCreate, response: { 201: DemandFull } } }, async (request, reply) => {
    const actor = signedIn(request);
    reply.code(201);
    return createDemand(db, actor, request.body, auditContextOf(actor, request));
  });

  app.patch(
    '/api/demands/:id',
    { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, body: DemandPatch, response: { 200: DemandFull } } },
    async (request) => {
      const actor = signedIn(request);
      return updateDemand(db, actor, request.params.id, request.body, auditContextOf(actor, request));
    },
  );

  await app.register(
    workflowRoutes('/api/demands', 'demands', DemandFull, (actor, id, action, ctx, reason) => moveDemand(db, actor, id, action, ctx, reason), [
      'fulfil',
      'close',
    ]),
  );
};
