import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Invitation,
  InvitationCreateBody,
  InvitationList,
  InvitationParams,
  InvitationPreview,
  Membership,
  TokenParams,
} from '../../../shared/organisations/memberships.schemas.js';
import { IdParams } from '../../../shared/organisations/organisations.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation, type InvitationDeps } from './invitations.service.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['organisations'];

/** Invitations by email: sent and withdrawn by an organisation's admins, opened and accepted by the invitee. */
export const invitationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: InvitationDeps = { db: app.ctx.database.db, mailer: app.ctx.mailer, baseUrl: app.ctx.config.baseUrl };

  app.post(
    '/api/organisations/:id/invitations',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: InvitationCreateBody, response: { 201: Invitation } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await createInvitation(deps, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );

  app.get(
    '/api/organisations/:id/invitations',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: InvitationList } } },
    async (request) => {
      return listInvitations(deps, signedIn(request), request.params.id);
    },
  );

  app.delete(
    '/api/organisations/:id/invitations/:invitationId',
    { config: { auth: 'required' }, schema: { tags, params: InvitationParams } },
    async (request, reply) => {
      const actor = signedIn(request);
      await revokeInvitation(deps, actor, auditContextOf(actor, request), request.params.id, request.params.invitationId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/invitations/:token',
    { config: { auth: 'public' }, schema: { tags, params: TokenParams, response: { 200: InvitationPreview } } },
    async (request) => {
      return previewInvitation(deps, request.params.token);
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    { config: { auth: 'required' }, schema: { tags, params: TokenParams, response: { 200: Membership } } },
    async (request) => {
      const actor = signedIn(request);
      return acceptInvitation(deps, actor, auditContextOf(actor, request), request.params.token);
    },
  );
};
