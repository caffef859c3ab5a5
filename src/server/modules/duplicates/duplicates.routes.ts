import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DuplicateCheckBody,
  DuplicateCheckResult,
  DuplicateDistinctBody,
  DuplicateDistinctResult,
  DuplicateMergeBody,
  DuplicateMergeResult,
  DuplicatePairList,
  DuplicatesQuery,
} from '../../../shared/duplicates/duplicates.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import { markDistinct, mergeDuplicates } from './duplicate-merge.service.js';
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
  app.post(
    '/api/duplicates/merge',
    { config: { auth: 'required' }, schema: { tags: ['duplicates'], body: DuplicateMergeBody, response: { 200: DuplicateMergeResult } } },
    async (request) => {
      const actor = signedIn(request);
      return mergeDuplicates(db, actor, auditContextOf(actor, request), request.body);
    },
  );
  app.post(
    '/api/duplicates/distinct',
    { config: { auth: 'required' }, schema: { tags: ['duplicates'], body: DuplicateDistinctBody, response: { 200: DuplicateDistinctResult } } },
    async (request) => {
      const actor = signedIn(request);
      return markDistinct(db, actor, auditContextOf(actor, request), request.body);
    },
  );
};
