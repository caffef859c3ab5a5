import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { offers } from '../../src/db/schema/index.js';
import { random, syntheticOffer } from '../search-corpus.js';

const BATCH = 2_000;
type IndexRow = { indexname: string; indexdef: string };
const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);

/**
 * `count` published synthetic offers, bulk-loaded as a DBA would: GIN indexes dropped, multi-row
 * batches, indexes rebuilt once, then ANALYZE and a CHECKPOINT, so that what is measured next does
 * not share the disk with the write-back of the gigabytes just loaded.
 */
export async function loadSyntheticOffers(database: Database, count: number) {
  const gin = rowsOf<IndexRow>(
    await database.db.execute(sql`select indexname, indexdef from pg_indexes where tablename = 'offers' and indexdef ilike '%using gin%'`),
  );
  for (const index of gin) await database.db.execute(sql.raw(`drop index ${index.indexname}`));
  const next = random(7);
  for (let i = 0; i < count; i += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - i) }, (_, k) => syntheticOffer(i + k, next));
    await database.db.insert(offers).values(rows);
  }
  for (const index of gin) await database.db.execute(sql.raw(index.indexdef));
  await database.db.execute(sql`analyze offers`);
  await database.db.execute(sql`checkpoint`);
}
