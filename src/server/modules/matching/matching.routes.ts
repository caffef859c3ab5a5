import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import {
  DemandMatchDismissBody,
  DemandMatchList,
  MatchDismissed,
  MatchesQuery,
  OfferMatchList,
  SupplyMatchDismissBody,
} from '../../../shared/matching/matching.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import * as service from './matching.service.js';

const tags = ['matching'];

/** Ranked, explained matches of a demand or an offer, for anyone who may see that record; dismissals by its editors. */
export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const options: service.MatchingOptions = {
    embeddings: app.ctx.config.embeddings,
    onEmbeddingsError: (error) => app.log.warn({ err: error }, 'embeddings provider failed; matches ranked lexically'),
  };

  app.get(
    '/api/demands/:id/matches',
    { schema: { tags, params: RecordIdParams, querystring: MatchesQuery, response: { 200: OfferMatchList } } },
    async (request) => service.offerMatchesForDemand(db, options, await request.getActor(), request.params.id, request.query.limit),
  );

  app.get(
    '/api/offers/:id/matches',
    { schema: { tags, params: RecordIdParams, querystring: MatchesQuery, response: { 200: DemandMatchList } } },
    async (request) => service.demandMatchesForOffer(db, options, await request.getActor(), request.params.id, request.query.limit),
  );

  app.post(
    '/api/demands/:id/matches/dismissals',
    { schema: { tags, params: RecordIdParams, body: DemandMatchDismissBody, response: { 200: MatchDismissed } } },
    async (request) => {
      const actor = await request.requireActor();
      return service.dismissForDemand(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/offers/:id/matches/dismissals',
    { schema: { tags, params: RecordIdParams, body: SupplyMatchDismissBody, response: { 200: MatchDismissed } } },
    async (request) => {
      const actor = await request.requireActor();
      return service.dismissForOffer(db, actor, auditContextOf(actor, request), request.params.id, request.body.demandId);
    },
  );
};
