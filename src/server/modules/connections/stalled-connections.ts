import type { Db } from '../../../db/client.js';
import { decideStage, type ConnectionStage, type ProgressStage } from '../../../domain/connections/stages.js';
import { systemContext } from '../audit/audit.service.js';
import { applyStage } from './apply-stage.js';
import * as repo from './connections.repository.js';

/**
 * Marks open connections without activity for `days` days as stalled; their parties and
 * broker are notified (the reminder). Safe to run from several processes: each change is a
 * compare-and-set on the row's version.
 */
export async function markStalledConnections(db: Db, now: Date, days: number): Promise<number> {
  const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  let marked = 0;
  for (const row of await repo.staleConnections(db, before)) {
    const decision = decideStage({ stage: row.stage as ConnectionStage, resumeStage: row.resumeStage as ProgressStage | null }, 'stalled');
    if (!decision.ok) continue;
    try {
      await db.transaction((tx) =>
        applyStage(tx, null, systemContext, row, decision.next, {
          occurredOn: now.toISOString().slice(0, 10),
          note: `${days} ngày không có hoạt động / ${days} days without activity`,
        }),
      );
      marked += 1;
    } catch {
      // Someone acted on it meanwhile (version changed): it is no longer stale.
    }
  }
  return marked;
}
