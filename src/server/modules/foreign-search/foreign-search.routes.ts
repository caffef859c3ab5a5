import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ForeignOfferBody,
  ForeignOfferLink,
  ForeignOfferLinks,
  ForeignQueue,
  ForeignQueueQuery,
} from '../../../shared/foreign-search/foreign-search.schemas.js';
import { PageQuery } from '../../../shared/pagination.js';
import { auditContextOf } from '../auth/actor.js';
import { assertRecordVisible } from '../catalogue/catalogue.service.js';
import { demandKind } from '../catalogue/kinds/index.js';
import { foreignOffersOf, foreignQueue, recordForeignOffer } from './foreign-search.service.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['foreign-search'];
const IdParams = z.object({ id: z.uuid() });

/** Foreign technology search by the representative offices abroad. */
export const foreignSearchRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/foreign-search/queue',
    { config: { auth: 'required' }, schema: { tags, querystring: ForeignQueueQuery, response: { 200: ForeignQueue } } },
    async (request) => foreignQueue(db, signedIn(request), request.query),
  );

  app.get(
    '/api/demands/:id/foreign-offers',
    { config: { auth: 'optional' }, schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: ForeignOfferLinks } } },
    async (request) => {
      // Same visibility as the demand: 404 when the caller may not see it.
      await assertRecordVisible(db, demandKind, request.actor, request.params.id);
      return foreignOffersOf(db, request.params.id, request.query);
    },
  );

  app.post(
    '/api/demands/:id/foreign-offers',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ForeignOfferBody, response: { 201: ForeignOfferLink } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await recordForeignOffer(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
};
