import type { Db, Executor } from '../../../db/client.js';
import { notificationKinds, notificationText, type NotificationKind } from '../../../shared/notifications/notification-texts.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { EmailMode } from '../../../shared/notifications/notifications.schemas.js';
import { AppError } from '../../errors.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import * as repo from './notifications.repository.js';

export const NOTIFICATION_EMAIL_JOB = 'notification.email';

export type NotificationContent = { kind: NotificationKind; params: Record<string, string | number | null>; link: string | null };

/**
 * Notifies people inside the caller's transaction: an in-app row for those who keep in-app on,
 * one e-mail job for those who want e-mail at once, and an entry of tomorrow morning's digest
 * for those who chose a daily digest for this kind (in-app and immediate e-mail unless changed).
 */
export async function notify(tx: Executor, userIds: string[], content: NotificationContent) {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return;
  const prefs = new Map((await repo.preferencesFor(tx, recipients, content.kind)).map((p) => [p.userId, p]));
  const inApp = recipients.filter((id) => prefs.get(id)?.inApp ?? true);
  const email = recipients.filter((id) => prefs.get(id)?.email ?? true);
  const daily = email.filter((id) => prefs.get(id)?.emailMode === 'daily');
  const immediate = email.filter((id) => prefs.get(id)?.emailMode !== 'daily');
  await repo.insertNotifications(
    tx,
    inApp.map((userId) => ({ userId, kind: content.kind, params: content.params, link: content.link })),
  );
  await repo.insertDigestEntries(
    tx,
    daily.map((userId) => ({ userId, kind: content.kind, params: content.params, link: content.link })),
  );
  if (immediate.length) await enqueueJob(tx, NOTIFICATION_EMAIL_JOB, { userIds: immediate, ...content }, null);
}

export async function listNotifications(db: Db, actor: Actor, lang: Language, query: { unread?: 'true' | 'false'; cursor?: string; limit: number }) {
  const { items, total, unread } = await repo.listForUser(db, actor.userId, { unreadOnly: query.unread === 'true', cursor: query.cursor, limit: query.limit });
  const hasMore = items.length > query.limit;
  const page = hasMore ? items.slice(0, query.limit) : items;
  return {
    items: page.map((n) => ({
      id: n.id,
      kind: n.kind,
      params: n.params,
      text: notificationText(n.kind, n.params, lang),
      link: n.link,
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    })),
    total,
    unread,
    nextCursor: hasMore ? page[page.length - 1].createdAt.toISOString() : null,
  };
}

/** Marks one notification (or, with null, all of them) as read. */
export async function readNotifications(db: Db, actor: Actor, id: string | null) {
  const updated = await repo.markRead(db, actor.userId, id);
  if (id && updated.length === 0) throw new AppError('NOT_FOUND', { entity: 'notification' });
  return { updated: updated.length };
}

export async function getPreferences(db: Db, actor: Actor) {
  const stored = new Map((await repo.listPreferences(db, actor.userId)).map((p) => [p.kind, p]));
  return {
    items: notificationKinds.map((kind) => ({
      kind,
      inApp: stored.get(kind)?.inApp ?? true,
      email: stored.get(kind)?.email ?? true,
      emailMode: (stored.get(kind)?.emailMode ?? 'immediate') as EmailMode,
    })),
  };
}

export async function setPreferences(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  items: Array<{ kind: NotificationKind; inApp: boolean; email: boolean; emailMode: EmailMode }>,
) {
  await db.transaction(async (tx) => {
    const before = await repo.listPreferences(tx, actor.userId);
    await repo.upsertPreferences(tx, actor.userId, items);
    await recordAudit(tx, ctx, { action: 'notification-preferences.update', entityType: 'user', entityId: actor.userId, before, after: items });
  });
  return getPreferences(db, actor);
}
