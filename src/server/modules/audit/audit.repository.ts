import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { auditLog } from '../../../db/schema/index.js';

export type AuditInsert = typeof auditLog.$inferInsert;

export async function insertAudit(db: Executor, entry: AuditInsert) {
  await db.insert(auditLog).values(entry);
}

/** Many entries in one statement (bulk imports). */
export async function insertAudits(db: Executor, entries: AuditInsert[]) {
  if (entries.length) await db.insert(auditLog).values(entries);
}

export type AuditFilter = {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: number;
};

export async function listAudit(db: Executor, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = filter.cursor ? and(where, sql`${auditLog.id} < ${filter.cursor}`) : where;
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(page)
      .orderBy(desc(auditLog.id))
      .limit(filter.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where),
  ]);
  const hasMore = items.length > filter.limit;
  const pageItems = hasMore ? items.slice(0, filter.limit) : items;
  return { items: pageItems, total, nextCursor: hasMore ? String(pageItems[pageItems.length - 1].id) : null };
}
