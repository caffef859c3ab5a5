import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DuplicateCheckBody, DuplicateCheckResult, DuplicatePairList, DuplicatesQuery } from '../../../shared/duplicates/duplicates.schemas.js';
import { signedIn } from '../auth/auth.plugin.js';
import { checkRecord, likelyDuplicates } from './duplicates.service.js';

/** The moderators' list of likely duplicate offers or demands. */
export const duplicatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  app.get(
    '/api/duplicates',
    { config: { auth: 'required' }, schema: { tags: ['duplicates'], querystring: DuplicatesQuery, response: { 200: DuplicatePairList } } },
    async (request) => likelyDuplicates(db, signedIn(request), request.query),
  );
  // A read, though a POST: the record being written travels in the body, too long for an address.
  app.post(
    '/api/duplicates/check',
    { config: { auth: 'required' }, schema: { tags: ['duplicates'], body: DuplicateCheckBody, response: { 200: DuplicateCheckResult } } },
    async (request) => checkRecord(db, signedIn(request), request.body),
  );
};
