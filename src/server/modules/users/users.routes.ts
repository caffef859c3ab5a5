import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Profile, ProfilePatch, UserList, UserListQuery, UserParams, UserPatch, UserSummary } from '../../../shared/users/users.schemas.js';
import { getProfile, updateProfile } from './profile.service.js';
import { listUsers, updateUser } from './users.service.js';

/** The caller's own profile, and account administration for platform admins. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/me/profile', { schema: { tags: ['profile'], response: { 200: Profile } } }, async (request) => getProfile(db, await request.requireActor()));

  app.patch('/api/me/profile', { schema: { tags: ['profile'], body: ProfilePatch, response: { 200: Profile } } }, async (request) =>
    updateProfile(db, await request.requireActor(), request.body, request),
  );

  app.get('/api/users', { schema: { tags: ['users'], querystring: UserListQuery, response: { 200: UserList } } }, async (request) =>
    listUsers(db, await request.requireActor(), request.query),
  );

  app.patch('/api/users/:id', { schema: { tags: ['users'], params: UserParams, body: UserPatch, response: { 200: UserSummary } } }, async (request) =>
    updateUser(db, await request.requireActor(), request.params.id, request.body, request),
  );
};
