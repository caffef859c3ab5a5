import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  JoinRequestBody,
  MemberList,
  MemberParams,
  MemberUpdateBody,
  Membership,
  MyMembershipList,
} from '../../../shared/organisations/memberships.schemas.js';
import { IdParams } from '../../../shared/organisations/organisations.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { listMembers, listMyMemberships, removeMember, requestToJoin, updateMember } from './members.service.js';
import type { OrganisationDeps } from './organisations.service.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['organisations'];

/** Join requests and the member list of an organisation, and the caller's own memberships. */
export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: OrganisationDeps = { db: app.ctx.database.db };

  app.get('/api/me/organisations', { config: { auth: 'required' }, schema: { tags, response: { 200: MyMembershipList } } }, async (request) => {
    return listMyMemberships(deps, signedIn(request));
  });

  app.post(
    '/api/organisations/:id/join-requests',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: JoinRequestBody, response: { 201: Membership } } },
    async (request, reply) => {
      const actor = signedIn(request);
      const created = await requestToJoin(deps, actor, auditContextOf(actor, request), request.params.id, request.body.message ?? null);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/organisations/:id/members',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: MemberList } } },
    async (request) => {
      return listMembers(deps, signedIn(request), request.params.id);
    },
  );

  app.patch(
    '/api/organisations/:id/members/:userId',
    { config: { auth: 'required' }, schema: { tags, params: MemberParams, body: MemberUpdateBody, response: { 200: Membership } } },
    async (request) => {
      const actor = signedIn(request);
      return updateMember(deps, actor, auditContextOf(actor, request), request.params.id, request.params.userId, request.body);
    },
  );

  app.delete('/api/organisations/:id/members/:userId', { config: { auth: 'required' }, schema: { tags, params: MemberParams } }, async (request, reply) => {
    const actor = signedIn(request);
    await removeMember(deps, actor, auditContextOf(actor, request), request.params.id, request.params.userId);
    return reply.status(204).send();
  });
};
