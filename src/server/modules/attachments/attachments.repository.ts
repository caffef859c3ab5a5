import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { attachments } from '../../../db/schema/index.js';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(db: Executor, values: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row;
}

export async function findAttachment(db: Executor, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row;
}

export async function listAttachmentsOf(db: Executor, ownerType: string, ownerId: string): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ownerType, ownerType), eq(attachments.ownerId, ownerId)))
    .orderBy(asc(attachments.createdAt));
}

export async function deleteAttachmentRow(db: Executor, id: string) {
  await db.delete(attachments).where(eq(attachments.id, id));
}
