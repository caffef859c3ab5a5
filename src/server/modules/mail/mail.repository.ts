import { desc, eq, ilike, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { mailOutbox } from '../../../db/schema/index.js';

export type OutboxRow = typeof mailOutbox.$inferSelect;

export async function insertMail(db: Executor, row: typeof mailOutbox.$inferInsert): Promise<OutboxRow> {
  const [inserted] = await db.insert(mailOutbox).values(row).returning();
  return inserted;
}

export async function listOutbox(db: Executor, filter: { to?: string; limit: number; offset: number }) {
  const where = filter.to ? ilike(mailOutbox.to, `%${filter.to}%`) : undefined;
  const [items, [{ total }]] = await Promise.all([
    db.select().from(mailOutbox).where(where).orderBy(desc(mailOutbox.createdAt)).limit(filter.limit).offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(mailOutbox).where(where),
  ]);
  return { items, total };
}

export async function markMail(db: Executor, id: string, status: 'sent' | 'failed', error?: string) {
  await db
    .update(mailOutbox)
    .set({ status, error: error ?? null, sentAt: status === 'sent' ? new Date() : null })
    .where(eq(mailOutbox.id, id));
}
