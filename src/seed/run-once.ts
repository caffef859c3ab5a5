import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { seedRuns } from '../db/schema/index.js';

/** Applies a named data load once per database, in one transaction with its marker. */
export async function runOnce(db: Db, name: string, load: (tx: Tx) => Promise<void>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [done] = await tx.select().from(seedRuns).where(eq(seedRuns.name, name)).for('update');
    if (done) return false;
    await load(tx);
    await tx.insert(seedRuns).values({ name }).onConflictDoNothing();
    return true;
  });
}
