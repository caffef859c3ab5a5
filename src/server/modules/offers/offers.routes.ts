import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import { OfferCreate, OfferDetail, OfferFull, OfferList, OfferListQuery, OfferPatch } from '../../../shared/catalogue/offer.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { workflowRoutes } from '../catalogue/workflow.routes.js';
import { createOffer, getOffer, listOffers, moveOffer, updateOffer } from './offers.service.js';
import { signedIn } from '../auth/auth.plugin.js';

/** Technology offers: public search and detail, owners' drafts, moderation. */
export const offersRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const tags = ['offers'];

  app.get('/api/offers', { config: { auth: 'public' }, schema: { tags, querystring: OfferListQuery, response: { 200: OfferList } } }, async (request) =>
    listOffers(db, request.query),
  );

  app.get('/api/offers/:id', { config: { auth: 'optional' }, schema: { tags, params: RecordIdParams, response: { 200: OfferDetail } } }, async (request) =>
    getOffer(db, request.actor, request.params.id),
  );

  app.post('/api/offers', { config: { auth: 'required' }, schema: { tags, body: OfferCreate, response: { 201: OfferFull } } }, async (request, reply) => {
    const actor = signedIn(request);
    reply.code(201);
    return createOffer(db, actor, request.body, auditContextOf(actor, request));
  });

  app.patch(
    '/api/offers/:id',
    { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, body: OfferPatch, response: { 200: OfferFull } } },
    async (request) => {
      const actor = signedIn(request);
      return updateOffer(db, actor, request.params.id, request.body, auditContextOf(actor, request));
    },
  );

  await app.register(workflowRoutes('/api/offers', 'offers', OfferFull, (actor, id, action, ctx, reason) => moveOffer(db, actor, id, action, ctx, reason)));
};
