import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  IdParams,
  OrganisationCreateBody,
  OrganisationDetail,
  OrganisationList,
  OrganisationListQuery,
  OrganisationUpdateBody,
  VerifyBody,
} from '../../../shared/organisations/organisations.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
  verifyOrganisation,
  type OrganisationDeps,
} from './organisations.service.js';

const tags = ['organisations'];

/** The organisation directory, registration, editing and verification. */
export const organisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: OrganisationDeps = { db: app.ctx.database.db };

  app.get('/api/organisations', { schema: { tags, querystring: OrganisationListQuery, response: { 200: OrganisationList } } }, async (request) => {
    return listOrganisations(deps, await request.getActor(), request.query);
  });

  app.get('/api/organisations/:id', { schema: { tags, params: IdParams, response: { 200: OrganisationDetail } } }, async (request) => {
    return getOrganisation(deps, await request.getActor(), request.params.id);
  });

  app.post('/api/organisations', { schema: { tags, body: OrganisationCreateBody, response: { 201: OrganisationDetail } } }, async (request, reply) => {
    const actor = await request.requireActor();
    return reply.status(201).send(await createOrganisation(deps, actor, auditContextOf(actor, request), request.body));
  });

  app.patch(
    '/api/organisations/:id',
    { schema: { tags, params: IdParams, body: OrganisationUpdateBody, response: { 200: OrganisationDetail } } },
    async (request) => {
      const actor = await request.requireActor();
      return updateOrganisation(deps, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/organisations/:id/verify',
    { schema: { tags, params: IdParams, body: VerifyBody, response: { 200: OrganisationDetail } } },
    async (request) => {
      const actor = await request.requireActor();
      return verifyOrganisation(deps, actor, auditContextOf(actor, request), request.params.id, request.body.verified);
    },
  );
};
