import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  GlossaryList,
  GlossaryListQuery,
  GlossaryTerm,
  GlossaryTermCreate,
  GlossaryTermParams,
  GlossaryTermPatch,
} from '../../../shared/matching/glossary.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import * as service from './glossary.service.js';

const tags = ['matching'];

/** The matcher's bilingual technical glossary, kept by agency staff; every change is audited and used by the next ranking. */
export const glossaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/glossary', { schema: { tags, querystring: GlossaryListQuery, response: { 200: GlossaryList } } }, async (request) =>
    service.listGlossary(db, await request.requireActor(), request.query),
  );

  app.post('/api/glossary', { schema: { tags, body: GlossaryTermCreate, response: { 201: GlossaryTerm } } }, async (request, reply) => {
    const actor = await request.requireActor();
    reply.code(201);
    return service.createGlossaryTerm(db, actor, auditContextOf(actor, request), request.body);
  });

  app.patch(
    '/api/glossary/:id',
    { schema: { tags, params: GlossaryTermParams, body: GlossaryTermPatch, response: { 200: GlossaryTerm } } },
    async (request) => {
      const actor = await request.requireActor();
      return service.updateGlossaryTerm(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.delete('/api/glossary/:id', { schema: { tags, params: GlossaryTermParams, response: { 204: z.null() } } }, async (request, reply) => {
    const actor = await request.requireActor();
    await service.deleteGlossaryTerm(db, actor, auditContextOf(actor, request), request.params.id);
    return reply.code(204).send(null);
  });
};
