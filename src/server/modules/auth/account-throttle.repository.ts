import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Executor, Tx } from '../../../db/client.js';
import { accountThrottles } from '../../../db/schema/index.js';
import type { ThrottleState } from '../../../domain/accounts/account-throttle.js';

/** The row of one limit, locked until the transaction ends, so that every server process sees the same count. */
export async function findThrottleForUpdate(tx: Tx, key: string): Promise<ThrottleState | null> {
  const [row] = await tx.select().from(accountThrottles).where(eq(accountThrottles.key, key)).for('update');
  return row ?? null;
}

/**
 * Like findThrottleForUpdate, but first creates an empty row when there is none, so that two first
 * attempts at once queue on the same row instead of each counting from zero.
 */
export async function claimThrottle(tx: Tx, key: string, now: Date): Promise<ThrottleState> {
  await tx.insert(accountThrottles).values({ key, count: 0, firstAt: now, lastAt: now, nextAttemptAt: now }).onConflictDoNothing();
  return (await findThrottleForUpdate(tx, key))!;
}

export async function saveThrottle(tx: Executor, key: string, state: ThrottleState) {
  const values = { count: state.count, firstAt: state.firstAt, lastAt: state.lastAt, nextAttemptAt: state.nextAttemptAt, lockedUntil: state.lockedUntil };
  await tx
    .insert(accountThrottles)
    .values({ key, ...values, unlockTokenHash: null })
    .onConflictDoUpdate({ target: accountThrottles.key, set: { ...values, unlockTokenHash: null } });
}

/** Locks the account; false when another request locked it first (so only one unlock mail goes out). */
export async function lockThrottle(tx: Executor, key: string, lockedUntil: Date, unlockTokenHash: string): Promise<boolean> {
  const rows = await tx
    .update(accountThrottles)
    .set({ lockedUntil, unlockTokenHash })
    .where(and(eq(accountThrottles.key, key), isNull(accountThrottles.lockedUntil)))
    .returning({ key: accountThrottles.key });
  return rows.length > 0;
}

export async function deleteThrottle(db: Executor, key: string) {
  await db.delete(accountThrottles).where(eq(accountThrottles.key, key));
}

/** Ends the lock whose unlock link carries this token, if it is still in force; answers the limit's key. */
export async function deleteLockByTokenHash(tx: Executor, unlockTokenHash: string, now: Date): Promise<string | null> {
  const [row] = await tx
    .delete(accountThrottles)
    .where(and(eq(accountThrottles.unlockTokenHash, unlockTokenHash), gt(accountThrottles.lockedUntil, now)))
    .returning({ key: accountThrottles.key });
  return row?.key ?? null;
}

/** Rows with nothing left to remember: no attempt since `before` and no lock in force. */
export async function deleteStaleThrottles(db: Executor, before: Date, now: Date): Promise<number> {
  const rows = await db
    .delete(accountThrottles)
    .where(and(lt(accountThrottles.lastAt, before), or(isNull(accountThrottles.lockedUntil), lt(accountThrottles.lockedUntil, now))))
    .returning({ key: accountThrottles.key });
  return rows.length;
}
