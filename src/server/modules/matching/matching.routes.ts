import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import {
  DemandMatchDismissBody,
  DemandMatchList,
  MatchDismissed,
  MatchesQuery,
  OfferMatchList,
  OrganisationMatchList,
  OrganisationMatchesQuery,
  SupplyMatchDismissBody,
} from '../../../shared/matching/matching.schemas.js';
import { matchesOfMyOrganisations } from './organisation-matches.service.js';
import { auditContextOf } from '../auth/actor.js';
import * as service from './matching.service.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['matching'];

/** Ranked, explained matches of a demand or an offer, for anyone who may see that record; dismissals by its editors. */
export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const options: service.MatchingOptions = {
    embeddings: app.ctx.config.embeddings,
    onEmbeddingsError: (error) => app.log.warn({ err: error }, 'embeddings provider failed; matches ranked lexically'),
  };

  app.get(
    '/api/me/matches',
    {
      config: { auth: 'required' },
      schema: {
        tags,
        description:
          "The matches of the caller's organisations' demands, offers and experts in one list, newest first (one organisation with `organisationId`).",
        querystring: OrganisationMatchesQuery,
        response: { 200: OrganisationMatchList },
      },
    },
    async (request) => matchesOfMyOrganisations(db, signedIn(request), request.query),
  );

  app.get(
    '/api/demands/:id/matches',
    { config: { auth: 'optional' }, schema: { tags, params: RecordIdParams, querystring: MatchesQuery, response: { 200: OfferMatchList } } },
    async (request) => service.offerMatchesForDemand(db, options, request.actor, request.params.id, request.query.limit),
  );

  app.get(
    '/api/offers/:id/matches',
    { config: { auth: 'optional' }, schema: { tags, params: RecordIdParams, querystring: MatchesQuery, response: { 200: DemandMatchList } } },
    async (request) => service.demandMatchesForOffer(db, options, request.actor, request.params.id, request.query.limit),
  );

  app.post(
    '/api/demands/:id/matches/dismissals',
    { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, body: DemandMatchDismissBody, response: { 200: MatchDismissed } } },
    async (request) => {
      const actor = signedIn(request);
      return service.dismissForDemand(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/offers/:id/matches/dismissals',
    { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, body: SupplyMatchDismissBody, response: { 200: MatchDismissed } } },
    async (request) => {
      const actor = signedIn(request);
      return service.dismissForOffer(db, actor, auditContextOf(actor, request), request.params.id, request.body.demandId);
    },
  );
};
