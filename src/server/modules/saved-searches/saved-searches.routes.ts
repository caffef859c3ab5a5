import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DismissBody,
  SavedSearch,
  SavedSearchCreate,
  SavedSearchList,
  SavedSearchListQuery,
  SavedSearchParams,
  SavedSearchPatch,
} from '../../../shared/saved-searches/saved-searches.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import { createSavedSearch, deleteSavedSearch, dismissRecord, listSavedSearches, updateSavedSearch } from './saved-searches.service.js';

const tags = ['saved-searches'];
const Ok = z.object({ ok: z.literal(true) });

/** A person's saved catalogue searches, their digests' frequency, and "not interested". */
export const savedSearchesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  app.get(
    '/api/saved-searches',
    { config: { auth: 'required' }, schema: { tags, querystring: SavedSearchListQuery, response: { 200: SavedSearchList } } },
    async (request) => listSavedSearches(db, signedIn(request), request.query),
  );
  app.post(
    '/api/saved-searches',
    { config: { auth: 'required' }, schema: { tags, body: SavedSearchCreate, response: { 201: SavedSearch } } },
    async (request, reply) => {
      const actor = signedIn(request);
      reply.code(201);
      return createSavedSearch(db, actor, auditContextOf(actor, request), request.body);
    },
  );
  app.patch(
    '/api/saved-searches/:id',
    { config: { auth: 'required' }, schema: { tags, params: SavedSearchParams, body: SavedSearchPatch, response: { 200: SavedSearch } } },
    async (request) => {
      const actor = signedIn(request);
      return updateSavedSearch(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.delete(
    '/api/saved-searches/:id',
    { config: { auth: 'required' }, schema: { tags, params: SavedSearchParams, response: { 200: Ok } } },
    async (request) => {
      const actor = signedIn(request);
      await deleteSavedSearch(db, actor, auditContextOf(actor, request), request.params.id);
      return { ok: true as const };
    },
  );
  app.post('/api/saved-searches/dismissals', { config: { auth: 'required' }, schema: { tags, body: DismissBody, response: { 200: Ok } } }, async (request) => {
    await dismissRecord(db, signedIn(request), request.body.recordId);
    return { ok: true as const };
  });
};
