import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SavedListingPage, SavedListingParams, SavedListingQuery, SavedListingState } from '../../../shared/saved-listings/saved-listings.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import { listSaved, savedState, saveListing, unsaveListing } from './saved-listings.service.js';

const tags = ['saved-listings'];

/** A person's saved listings (bookmarks): their own only. */
export const savedListingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  app.get(
    '/api/saved-listings',
    { config: { auth: 'required' }, schema: { tags, querystring: SavedListingQuery, response: { 200: SavedListingPage } } },
    async (request) => listSaved(db, signedIn(request), request.query),
  );
  app.get(
    '/api/saved-listings/:type/:id',
    { config: { auth: 'required' }, schema: { tags, params: SavedListingParams, response: { 200: SavedListingState } } },
    async (request) => savedState(db, signedIn(request), request.params.type, request.params.id),
  );
  app.put(
    '/api/saved-listings/:type/:id',
    { config: { auth: 'required' }, schema: { tags, params: SavedListingParams, response: { 200: SavedListingState } } },
    async (request) => {
      const actor = signedIn(request);
      return saveListing(db, actor, auditContextOf(actor, request), request.params.type, request.params.id);
    },
  );
  app.delete(
    '/api/saved-listings/:type/:id',
    { config: { auth: 'required' }, schema: { tags, params: SavedListingParams, response: { 200: SavedListingState } } },
    async (request) => {
      const actor = signedIn(request);
      return unsaveListing(db, actor, auditContextOf(actor, request), request.params.type, request.params.id);
    },
  );
};
