import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Profile, ProfilePatch, UserList, UserListQuery, UserParams, UserPatch, UserSummary } from '../../../shared/users/users.schemas.js';
import { getProfile, updateProfile } from './profile.service.js';
import { listUsers, updateUser } from './users.service.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';

/** The caller's own profile, and account administration for platform admins. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/me/profile', { config: { auth: 'required' }, schema: { tags: ['profile'], response: { 200: Profile } } }, async (request) =>
    getProfile(db, signedIn(request)),
  );

  app.patch(
    '/api/me/profile',
    { config: { auth: 'required' }, schema: { tags: ['profile'], body: ProfilePatch, response: { 200: Profile } } },
    async (request) => {
      const actor = signedIn(request);
      return updateProfile(db, actor, auditContextOf(actor, request), request.body);
    },
  );

  app.get(
    '/api/users',
    { config: { auth: 'required' }, schema: { tags: ['users'], querystring: UserListQuery, response: { 200: UserList } } },
    async (request) => listUsers(db, signedIn(request), request.query),
  );

  app.patch(
    '/api/users/:id',
    { config: { auth: 'required' }, schema: { tags: ['users'], params: UserParams, body: UserPatch, response: { 200: UserSummary } } },
    async (request) => {
      const actor = signedIn(request);
      return updateUser(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
};
