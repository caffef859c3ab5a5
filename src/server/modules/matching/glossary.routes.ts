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
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['matching'];

/** The matcher's bilingual technical glossary, kept by agency staff; every change is audited and used by the next ranking. */
export const glossaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/glossary',
    { config: { auth: 'required' }, schema: { tags, querystring: GlossaryListQuery, response: { 200: GlossaryList } } },
    async (request) => service.listGlossary(db, signedIn(request), request.query),
  );

  app.post(
    '/api/glossary',
    { config: { auth: 'required' }, schema: { tags, body: GlossaryTermCreate, response: { 201: GlossaryTerm } } },
    async (request, reply) => {
      const actor = signedIn(request);
      reply.code(201);
      return service.createGlossaryTerm(db, actor, auditContextOf(actor, request), request.body);
    },
  );

  app.patch(
    '/api/glossary/:id',
    { config: { auth: 'required' }, schema: { tags, params: GlossaryTermParams, body: GlossaryTermPatch, response: { 200: GlossaryTerm } } },
    async (request) => {
      const actor = signedIn(request);
      return service.updateGlossaryTerm(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.delete(
    '/api/glossary/:id',
    { config: { auth: 'required' }, schema: { tags, params: GlossaryTermParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = signedIn(request);
      await service.deleteGlossaryTerm(db, actor, auditContextOf(actor, request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
