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
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['connections'];
const IdParams = z.object({ id: z.uuid() });

/** Connection requests, their stages, messages and agreements. */
export const connectionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/connections',
    { config: { auth: 'required' }, schema: { tags, querystring: ConnectionListQuery, response: { 200: ConnectionList } } },
    async (request) => listConnections(db, signedIn(request), request.query),
  );

  app.post(
    '/api/connections',
    { config: { auth: 'required' }, schema: { tags, body: ConnectionCreateBody, response: { 201: ConnectionDetail } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await createConnection(db, actor, auditContextOf(actor, request), request.body));
    },
  );

  app.get('/api/connections/:id', { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: ConnectionDetail } } }, async (request) =>
    getConnection(db, signedIn(request), request.params.id),
  );

  app.post(
    '/api/connections/:id/stage',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: StageChangeBody, response: { 200: ConnectionDetail } } },
    async (request) => {
      const actor = signedIn(request);
      return changeStage(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/connections/:id/messages',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: MessageBody, response: { 201: ConnectionDetail } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await postMessage(db, actor, auditContextOf(actor, request), request.params.id, request.body.body));
    },
  );

  app.post(
    '/api/connections/:id/agreements',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: AgreementCreateBody, response: { 201: ConnectionDetail } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await recordAgreement(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
};
