import type { Executor } from '../db/client.js';

/**
 * One database, whichever way it is reached: its SQL dialect, which the database object and every
 * transaction opened on it share (a transaction is an Executor of its own).
 */
export const databaseKey = (db: Executor): object => (db as unknown as { dialect: object }).dialect;

/**
 * What a process reads from the planner's statistics, kept per database and name for `ttlMs`.
 * They change only with ANALYZE, and each read is a round trip and a plan (pg_stats is a view over
 * five catalogues: 1.4 ms, a tenth of a search at 100,000 offers). Callers keep only what may be a
 * few minutes old. A read under way is shared by the calls that come meanwhile; a failed one is
 * not kept.
 */
export function statisticsMemo<T>(ttlMs: number) {
  const kept = new WeakMap<object, Map<string, { readAt: number; value: Promise<T> }>>();
  return (db: Executor, name: string, read: () => Promise<T>): Promise<T> => {
    const key = databaseKey(db);
    let byName = kept.get(key);
    if (!byName) kept.set(key, (byName = new Map()));
    const cached = byName.get(name);
    if (cached && Date.now() - cached.readAt < ttlMs) return cached.value;
    const value = read();
    // Only this read's entry: a newer read may have replaced it by the time it fails.
    value.catch(() => byName.get(name)?.value === value && byName.delete(name));
    byName.set(name, { readAt: Date.now(), value });
    return value;
  };
}
