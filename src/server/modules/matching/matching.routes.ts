import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import { DemandMatchList, MatchesQuery, OfferMatchList } from '../../../shared/matching/matching.schemas.js';
import * as service from './matching.service.js';

const tags = ['matching'];

/** Ranked, explained matches of a demand or an offer, for anyone who may see that record. */
export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/demands/:id/matches',
    { schema: { tags, params: RecordIdParams, querystring: MatchesQuery, response: { 200: OfferMatchList } } },
    async (request) => service.offerMatchesForDemand(db, await request.getActor(), request.params.id, request.query.limit),
  );

  app.get(
    '/api/offers/:id/matches',
    { schema: { tags, params: RecordIdParams, querystring: MatchesQuery, response: { 200: DemandMatchList } } },
    async (request) => service.demandMatchesForOffer(db, await request.getActor(), request.params.id, request.query.limit),
  );
};
