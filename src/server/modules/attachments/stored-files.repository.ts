import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { storedFiles } from '../../../db/schema/index.js';

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
