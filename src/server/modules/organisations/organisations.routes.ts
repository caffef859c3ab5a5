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
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['organisations'];

/** The organisation directory, registration, editing and verification. */
export const organisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: OrganisationDeps = { db: app.ctx.database.db };

  app.get(
    '/api/organisations',
    { config: { auth: 'optional' }, schema: { tags, querystring: OrganisationListQuery, response: { 200: OrganisationList } } },
    async (request) => {
      return listOrganisations(deps, request.actor, request.query);
    },
  );

  app.get(
    '/api/organisations/:id',
    { config: { auth: 'optional' }, schema: { tags, params: IdParams, response: { 200: OrganisationDetail } } },
    async (request) => {
      return getOrganisation(deps, request.actor, request.params.id);
    },
  );

  app.post(
    '/api/organisations',
    { config: { auth: 'required' }, schema: { tags, body: OrganisationCreateBody, response: { 201: OrganisationDetail } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await createOrganisation(deps, actor, auditContextOf(actor, request), request.body));
    },
  );

  app.patch(
    '/api/organisations/:id',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: OrganisationUpdateBody, response: { 200: OrganisationDetail } } },
    async (request) => {
      const actor = signedIn(request);
      return updateOrganisation(deps, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/organisations/:id/verify',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: VerifyBody, response: { 200: OrganisationDetail } } },
    async (request) => {
      const actor = signedIn(request);
      return verifyOrganisation(deps, actor, auditContextOf(actor, request), request.params.id, request.body.verified);
    },
  );
};
