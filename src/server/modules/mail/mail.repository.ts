import { and, desc, eq, ilike, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';
import { mailOutbox } from '../../../db/schema/index.js';

export type OutboxRow = typeof mailOutbox.$inferSelect;

export async function insertMail(db: Executor, row: typeof mailOutbox.$inferInsert): Promise<OutboxRow> {
  const [inserted] = await db.insert(mailOutbox).values(row).returning();
  return inserted;
}

/** Where a page of the outbox ends: the last row's creation time (full precision, as text) and id. */
export type OutboxCursor = { createdAt: string; id: string };

/** Newest first; `to` matches part of the recipient address. */
export async function listOutbox(db: Executor, filter: { to?: string; limit: number; after?: OutboxCursor }) {
  const where = filter.to ? ilike(mailOutbox.to, containsPattern(filter.to)) : undefined;
  const page = filter.after
    ? and(where, sql`(${mailOutbox.createdAt}, ${mailOutbox.id}) < (${filter.after.createdAt}::timestamptz, ${filter.after.id}::uuid)`)
    : where;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ mail: mailOutbox, createdAtKey: sql<string>`${mailOutbox.createdAt}::text` })
      .from(mailOutbox)
      .where(page)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(filter.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .where(where),
  ]);
  const items = rows.slice(0, filter.limit);
  const last = items[items.length - 1];
  const next: OutboxCursor | null = rows.length > filter.limit ? { createdAt: last.createdAtKey, id: last.mail.id } : null;
  return { items: items.map((r) => r.mail), total, next };
}

export async function markMail(db: Executor, id: string, status: 'sent' | 'failed', error?: string) {
  await db
    .update(mailOutbox)
    .set({ status, error: error ?? null, sentAt: status === 'sent' ? new Date() : null })
    .where(eq(mailOutbox.id, id));
}
