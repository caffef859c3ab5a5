import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ConnectionPoint,
  ConnectionPointCreateBody,
  ConnectionPointList,
  ConnectionPointUpdateBody,
} from '../../../shared/organisations/connection-points.schemas.js';
import { IdParams } from '../../../shared/organisations/organisations.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import {
  createConnectionPoint,
  getConnectionPoint,
  listConnectionPoints,
  updateConnectionPoint,
  type ConnectionPointDeps,
} from './connection-points.service.js';

const tags = ['connection-points'];

/** The network's connection points: public to read, drawn by the agency. */
export const connectionPointsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: ConnectionPointDeps = { db: app.ctx.database.db };

  app.get('/api/connection-points', { schema: { tags, response: { 200: ConnectionPointList } } }, async (request) => {
    return listConnectionPoints(deps, await request.getActor());
  });

  app.get('/api/connection-points/:id', { schema: { tags, params: IdParams, response: { 200: ConnectionPoint } } }, async (request) => {
    return getConnectionPoint(deps, await request.getActor(), request.params.id);
  });

  app.post('/api/connection-points', { schema: { tags, body: ConnectionPointCreateBody, response: { 201: ConnectionPoint } } }, async (request, reply) => {
    const actor = await request.requireActor();
    return reply.status(201).send(await createConnectionPoint(deps, actor, auditContextOf(actor, request), request.body));
  });

  app.patch(
    '/api/connection-points/:id',
    { schema: { tags, params: IdParams, body: ConnectionPointUpdateBody, response: { 200: ConnectionPoint } } },
    async (request) => {
      const actor = await request.requireActor();
      return updateConnectionPoint(deps, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
};
