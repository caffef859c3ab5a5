import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ConnectionPoint,
  ConnectionPointCreateBody,
  ConnectionPointList,
  ConnectionPointUpdateBody,
} from '../../../shared/connection-points/connection-points.schemas.js';
import { IdParams } from '../../../shared/organisations/organisations.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import {
  createConnectionPoint,
  getConnectionPoint,
  listConnectionPoints,
  updateConnectionPoint,
  type ConnectionPointDeps,
} from './connection-points.service.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['connection-points'];

/** The network's connection points: public to read, drawn by the agency. */
export const connectionPointsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: ConnectionPointDeps = { db: app.ctx.database.db };

  app.get('/api/connection-points', { config: { auth: 'optional' }, schema: { tags, response: { 200: ConnectionPointList } } }, async (request) => {
    return listConnectionPoints(deps, request.actor);
  });

  app.get(
    '/api/connection-points/:id',
    { config: { auth: 'optional' }, schema: { tags, params: IdParams, response: { 200: ConnectionPoint } } },
    async (request) => {
      return getConnectionPoint(deps, request.actor, request.params.id);
    },
  );

  app.post(
    '/api/connection-points',
    { config: { auth: 'required' }, schema: { tags, body: ConnectionPointCreateBody, response: { 201: ConnectionPoint } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await createConnectionPoint(deps, actor, auditContextOf(actor, request), request.body));
    },
  );

  app.patch(
    '/api/connection-points/:id',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ConnectionPointUpdateBody, response: { 200: ConnectionPoint } } },
    async (request) => {
      const actor = signedIn(request);
      return updateConnectionPoint(deps, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
};
