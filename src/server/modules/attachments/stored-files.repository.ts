import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { attachments, storedFiles } from '../../../db/schema/index.js';

/** Stores `data` under `key`; in the caller's transaction, so a file and the row that points to it are written together. */
export async function putFile(db: Executor, key: string, data: Buffer): Promise<void> {
  await db.insert(storedFiles).values({ key, data });
}

/** The bytes under `key`, or null when there are none. */
export async function getFile(db: Executor, key: string): Promise<Buffer | null> {
  const [row] = await db.select({ data: storedFiles.data }).from(storedFiles).where(eq(storedFiles.key, key));
  return row?.data ?? null;
}

export async function removeFiles(db: Executor, keys: string[]): Promise<void> {
  if (keys.length) await db.delete(storedFiles).where(inArray(storedFiles.key, keys));
}

/** Keys that attachments point to but that hold no bytes (files of an older version, still on disk). */
export async function fileKeysWithoutBytes(db: Executor): Promise<string[]> {
  const keys = await db
    .select({ key: sql<string>`k.key` })
    .from(
      sql`(select ${attachments.storageKey} as key from ${attachments} union select ${attachments.thumbnailKey} from ${attachments} where ${attachments.thumbnailKey} is not null) k`,
    )
    .where(sql`not exists (select 1 from ${storedFiles} f where f.key = k.key)`);
  return keys.map((row) => row.key);
}
