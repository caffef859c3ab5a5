import { z } from 'zod';
import { TimeCursor } from '../pagination.js';
import { notificationKinds } from './notification-texts.js';

export const NotificationItem = z
  .object({
    id: z.string(),
    kind: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    text: z.string(),
    link: z.string().nullable(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'NotificationItem' });

export const NotificationList = z
  .object({ items: z.array(NotificationItem), total: z.number(), unread: z.number(), nextCursor: z.string().nullable() })
  .meta({ id: 'NotificationList' });

export const NotificationListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  cursor: TimeCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** When a kind's e-mail goes: at once, or gathered into one digest e-mail each morning. */
export const emailModes = ['immediate', 'daily'] as const;
export type EmailMode = (typeof emailModes)[number];

export const NotificationPreference = z
  .object({ kind: z.enum(notificationKinds), inApp: z.boolean(), email: z.boolean(), emailMode: z.enum(emailModes).default('immediate') })
  .meta({ id: 'NotificationPreference' });

export const NotificationPreferences = z.object({ items: z.array(NotificationPreference) }).meta({ id: 'NotificationPreferences' });
export const NotificationPreferencesBody = z.object({ items: z.array(NotificationPreference).min(1).max(notificationKinds.length) });
