import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DuplicatePairList, DuplicatesQuery } from '../../../shared/duplicates/duplicates.schemas.js';
import { signedIn } from '../auth/auth.plugin.js';
import { likelyDuplicates } from './duplicates.service.js';

/** The moderators' list of likely duplicate offers or demands. */
export const duplicatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  app.get(
    '/api/duplicates',
    { config: { auth: 'required' }, schema: { tags: ['duplicates'], querystring: DuplicatesQuery, response: { 200: DuplicatePairList } } },
    async (request) => likelyDuplicates(db, signedIn(request), request.query),
  );
};
