import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { savedSearchDeliveries, savedSearchDismissals, savedSearches } from '../../../db/schema/index.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

export type SavedSearchRow = typeof savedSearches.$inferSelect;

/** A page of one person's saved searches (of one kind, if given), oldest first; and how many in all. */
export async function listForUser(db: Executor, userId: string, filter: { type?: string; cursor?: string; limit: number }) {
  const where = and(eq(savedSearches.userId, userId), filter.type ? eq(savedSearches.type, filter.type) : undefined);
  const order = keyset([
    { column: savedSearches.createdAt, kind: 'timestamp', direction: 'asc' },
    { column: savedSearches.id, kind: 'uuid', direction: 'asc' },
  ]);
  const after = order.after(filter.cursor);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ search: savedSearches, cursorKey: order.cursorKey })
      .from(savedSearches)
      .where(and(where, after))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(savedSearches).where(where),
  ]);
  const page = toPage(rows, filter.limit);
  return { rows: page.rows.map((r) => r.search), total, nextCursor: page.nextCursor };
}

export async function findSavedSearch(db: Executor, id: string) {
  const [row] = await db.select().from(savedSearches).where(eq(savedSearches.id, id));
  return row;
}

export async function insertSavedSearch(db: Executor, values: typeof savedSearches.$inferInsert) {
  const [row] = await db.insert(savedSearches).values(values).returning();
  return row!;
}

export async function updateSavedSearch(db: Executor, id: string, values: Partial<typeof savedSearches.$inferInsert>) {
  const [row] = await db.update(savedSearches).set(values).where(eq(savedSearches.id, id)).returning();
  return row!;
}

export async function deleteSavedSearch(db: Executor, id: string) {
  await db.delete(savedSearches).where(eq(savedSearches.id, id));
}

export async function dismiss(db: Executor, userId: string, recordId: string) {
  await db.insert(savedSearchDismissals).values({ userId, recordId }).onConflictDoNothing();
}

/** Saved searches whose digest is due at `now`: immediate ones always, daily after a day, weekly after a week. */
export async function dueSearches(db: Executor, now: Date) {
  return db
    .select()
    .from(savedSearches)
    .where(
      sql`${savedSearches.frequency} = 'immediate'
        OR ${savedSearches.lastSentAt} IS NULL
        OR (${savedSearches.frequency} = 'daily' AND ${savedSearches.lastSentAt} <= ${now}::timestamptz - interval '1 day')
        OR (${savedSearches.frequency} = 'weekly' AND ${savedSearches.lastSentAt} <= ${now}::timestamptz - interval '7 days')`,
    );
}

/** Of `recordIds`, those this search announced already or its owner set aside. */
export async function alreadyHandled(db: Executor, search: SavedSearchRow, recordIds: string[]): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  const [delivered, dismissed] = await Promise.all([
    db
      .select({ id: savedSearchDeliveries.recordId })
      .from(savedSearchDeliveries)
      .where(and(eq(savedSearchDeliveries.savedSearchId, search.id), inArray(savedSearchDeliveries.recordId, recordIds))),
    db
      .select({ id: savedSearchDismissals.recordId })
      .from(savedSearchDismissals)
      .where(and(eq(savedSearchDismissals.userId, search.userId), inArray(savedSearchDismissals.recordId, recordIds))),
  ]);
  return new Set([...delivered, ...dismissed].map((r) => r.id));
}

export async function recordDeliveries(db: Executor, searchId: string, recordIds: string[], now: Date) {
  await db
    .insert(savedSearchDeliveries)
    .values(recordIds.map((recordId) => ({ savedSearchId: searchId, recordId, deliveredAt: now })))
    .onConflictDoNothing();
  await db.update(savedSearches).set({ lastSentAt: now }).where(eq(savedSearches.id, searchId));
}
