import type { Tx } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { systemContext } from '../../server/modules/audit/audit.service.js';

export type SeededRecord = { id: string; organisationId?: string | null; after: unknown };

/** One audit entry per seeded record, written as the system in the seed's transaction, in batches. */
export async function auditSeeded(tx: Tx, entityType: string, records: SeededRecord[]) {
  const rows = records.map((r) => ({
    actorId: systemContext.actorId,
    actorEmail: systemContext.actorEmail,
    action: `${entityType}.seed`,
    entityType,
    entityId: r.id,
    organisationId: r.organisationId ?? null,
    after: r.after,
  }));
  for (const batch of batches(rows)) await tx.insert(auditLog).values(batch);
}

/** Splits rows into insert batches small enough for one statement's parameter limit. */
export function batches<T>(rows: T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
