import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ForeignOfferBody, ForeignOfferLinks, ForeignQueue, ForeignQueueQuery } from '../../../shared/foreign-search/foreign-search.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { getRecord } from '../catalogue/catalogue.service.js';
import { demandKind } from '../catalogue/kinds/index.js';
import { foreignOffersOf, foreignQueue, recordForeignOffer } from './foreign-search.service.js';

const tags = ['foreign-search'];
const IdParams = z.object({ id: z.uuid() });

/** Foreign technology search by the representative offices abroad. */
export const foreignSearchRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/foreign-search/queue', { schema: { tags, querystring: ForeignQueueQuery, response: { 200: ForeignQueue } } }, async (request) =>
    foreignQueue(db, await request.requireActor(), request.query),
  );

  app.get('/api/demands/:id/foreign-offers', { schema: { tags, params: IdParams, response: { 200: ForeignOfferLinks } } }, async (request) => {
    // Same visibility as the demand: 404 when the caller may not see it.
    await getRecord(db, demandKind, await request.getActor(), request.params.id);
    return foreignOffersOf(db, request.params.id);
  });

  app.post(
    '/api/demands/:id/foreign-offers',
    { schema: { tags, params: IdParams, body: ForeignOfferBody, response: { 201: ForeignOfferLinks } } },
    async (request, reply) => {
      const actor = await request.requireActor();
      return reply.status(201).send(await recordForeignOffer(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
};
