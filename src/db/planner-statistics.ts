import { sql } from 'drizzle-orm';
import type { Database } from './client.js';

/**
 * Refreshes the planner's statistics on the embedded engine, which has no autovacuum to do it.
 * Large listings report the planner's row estimate as their total ("about 12,000"), so stale
 * statistics would show stale figures. PostgreSQL's autovacuum keeps its own up to date.
 */
export async function refreshPlannerStatistics(database: Database): Promise<void> {
  if (database.kind === 'pglite') await database.db.execute(sql`analyze`);
}
