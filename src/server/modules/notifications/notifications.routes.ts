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

const tags = ['notifications'];
const Updated = z.object({ updated: z.number() }).meta({ id: 'UpdatedCount' });

/** The signed-in person's notifications and which of them they want in the app or by e-mail. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/notifications', { schema: { tags, querystring: NotificationListQuery, response: { 200: NotificationList } } }, async (request) =>
    listNotifications(db, await request.requireActor(), request.language, request.query),
  );

  app.post('/api/notifications/read-all', { schema: { tags, response: { 200: Updated } } }, async (request) =>
    readNotifications(db, await request.requireActor(), null),
  );

  app.post('/api/notifications/:id/read', { schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: Updated } } }, async (request) =>
    readNotifications(db, await request.requireActor(), request.params.id),
  );

  app.get('/api/me/notification-preferences', { schema: { tags, response: { 200: NotificationPreferences } } }, async (request) =>
    getPreferences(db, await request.requireActor()),
  );

  app.put(
    '/api/me/notification-preferences',
    { schema: { tags, body: NotificationPreferencesBody, response: { 200: NotificationPreferences } } },
    async (request) => {
      const actor = await request.requireActor();
      return setPreferences(db, actor, auditContextOf(actor, request), request.body.items);
    },
  );
};
