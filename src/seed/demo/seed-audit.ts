import type { Tx } from '../../db/client.js';
import { recordAudits, systemContext } from '../../server/modules/audit/audit.service.js';

export type SeededRecord = { id: string; organisationId?: string | null; after: unknown };

/** One audit entry per seeded record, written as the system in the seed's transaction, in batches. */
export async function auditSeeded(tx: Tx, entityType: string, records: SeededRecord[]) {
  const changes = records.map((r) => ({ action: `${entityType}.seed`, entityType, entityId: r.id, organisationId: r.organisationId ?? null, after: r.after }));
  for (let i = 0; i < changes.length; i += 200) await recordAudits(tx, systemContext, changes.slice(i, i + 200));
}
