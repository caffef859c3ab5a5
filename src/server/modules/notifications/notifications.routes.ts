import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  NotificationPreferencesBody,
} from '../../../shared/notifications/notifications.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { getPreferences, listNotifications, readNotifications, setPreferences } from './notifications.service.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['notifications'];
const Updated = z.object({ updated: z.number() }).meta({ id: 'UpdatedCount' });

/** The signed-in person's notifications and which of them they want in the app or by e-mail. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/notifications',
    { config: { auth: 'required' }, schema: { tags, querystring: NotificationListQuery, response: { 200: NotificationList } } },
    async (request) => listNotifications(db, signedIn(request), request.language, request.query),
  );

  app.post('/api/notifications/read-all', { config: { auth: 'required' }, schema: { tags, response: { 200: Updated } } }, async (request) =>
    readNotifications(db, signedIn(request), null),
  );

  app.post(
    '/api/notifications/:id/read',
    { config: { auth: 'required' }, schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: Updated } } },
    async (request) => readNotifications(db, signedIn(request), request.params.id),
  );

  app.get('/api/me/notification-preferences', { config: { auth: 'required' }, schema: { tags, response: { 200: NotificationPreferences } } }, async (request) =>
    getPreferences(db, signedIn(request)),
  );

  app.put(
    '/api/me/notification-preferences',
    { config: { auth: 'required' }, schema: { tags, body: NotificationPreferencesBody, response: { 200: NotificationPreferences } } },
    async (request) => {
      const actor = signedIn(request);
      return setPreferences(db, actor, auditContextOf(actor, request), request.body.items);
    },
  );
};
