import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgreementCreateBody,
  ConnectionCreateBody,
  ConnectionDetail,
  ConnectionList,
  ConnectionListQuery,
  MessageBody,
  StageChangeBody,
} from '../../../shared/connections/connections.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { recordAgreement } from './agreements.service.js';
import { changeStage, createConnection, getConnection, listConnections, postMessage } from './connections.service.js';

const tags = ['connections'];
const IdParams = z.object({ id: z.uuid() });

/** Connection requests, their stages, messages and agreements. */
export const connectionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/connections', { schema: { tags, querystring: ConnectionListQuery, response: { 200: ConnectionList } } }, async (request) =>
    listConnections(db, await request.requireActor(), request.query),
  );

  app.post('/api/connections', { schema: { tags, body: ConnectionCreateBody, response: { 201: ConnectionDetail } } }, async (request, reply) => {
    const actor = await request.requireActor();
    return reply.status(201).send(await createConnection(db, actor, auditContextOf(actor, request), request.body));
  });

  app.get('/api/connections/:id', { schema: { tags, params: IdParams, response: { 200: ConnectionDetail } } }, async (request) =>
    getConnection(db, await request.requireActor(), request.params.id),
  );

  app.post(
    '/api/connections/:id/stage',
    { schema: { tags, params: IdParams, body: StageChangeBody, response: { 200: ConnectionDetail } } },
    async (request) => {
      const actor = await request.requireActor();
      return changeStage(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/connections/:id/messages',
    { schema: { tags, params: IdParams, body: MessageBody, response: { 201: ConnectionDetail } } },
    async (request, reply) => {
      const actor = await request.requireActor();
      return reply.status(201).send(await postMessage(db, actor, auditContextOf(actor, request), request.params.id, request.body.body));
    },
  );

  app.post(
    '/api/connections/:id/agreements',
    { schema: { tags, params: IdParams, body: AgreementCreateBody, response: { 201: ConnectionDetail } } },
    async (request, reply) => {
      const actor = await request.requireActor();
      return reply.status(201).send(await recordAgreement(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
};
