import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { notificationDigestEntries, notificationPreferences, notifications, users } from '../../../db/schema/index.js';

export async function preferencesFor(db: Executor, userIds: string[], kind: string) {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(notificationPreferences)
    .where(and(inArray(notificationPreferences.userId, userIds), eq(notificationPreferences.kind, kind)));
}

export async function insertNotifications(db: Executor, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length) await db.insert(notifications).values(rows);
}

export async function listForUser(db: Executor, userId: string, filter: { unreadOnly: boolean; cursor?: string; limit: number }) {
  const mine = eq(notifications.userId, userId);
  const scope = filter.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine;
  const page = filter.cursor ? and(scope, lt(notifications.createdAt, new Date(filter.cursor))) : scope;
  const [items, [{ total }], [{ unread }]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(page)
      .orderBy(desc(notifications.createdAt))
      .limit(filter.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(notifications)
      .where(scope),
    db
      .select({ unread: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return { items, total, unread };
}

export async function markRead(db: Executor, userId: string, id: string | null) {
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  return db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(id ? and(mine, eq(notifications.id, id)) : mine)
    .returning({ id: notifications.id });
}

export async function listPreferences(db: Executor, userId: string) {
  return db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
}

export async function upsertPreferences(db: Executor, userId: string, items: Array<{ kind: string; inApp: boolean; email: boolean; emailMode: string }>) {
  await db
    .insert(notificationPreferences)
    .values(items.map((item) => ({ userId, ...item })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { inApp: sql`excluded.in_app`, email: sql`excluded.email`, emailMode: sql`excluded.email_mode` },
    });
}

export async function insertDigestEntries(db: Executor, rows: (typeof notificationDigestEntries.$inferInsert)[]) {
  if (rows.length) await db.insert(notificationDigestEntries).values(rows);
}

/** Entries not yet sent, made before `before`, oldest first (grouped by person by the caller). */
export async function pendingDigestEntries(db: Executor, before: Date) {
  return db
    .select()
    .from(notificationDigestEntries)
    .where(and(isNull(notificationDigestEntries.sentAt), lt(notificationDigestEntries.createdAt, before)))
    .orderBy(notificationDigestEntries.userId, notificationDigestEntries.createdAt);
}

export async function markDigestSent(db: Executor, ids: string[], sentAt: Date) {
  if (ids.length) await db.update(notificationDigestEntries).set({ sentAt }).where(inArray(notificationDigestEntries.id, ids));
}

export async function recipientsOf(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db.select({ id: users.id, email: users.email, name: users.name, locale: users.locale }).from(users).where(inArray(users.id, userIds));
}
