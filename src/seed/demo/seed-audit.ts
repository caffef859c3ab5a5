import type { Tx } from '../../db/client.js';
import { recordAudits, systemContext } from '../../server/modules/audit/audit.service.js';
import { insertSeedRowsReturningIds, type SeedRow } from '../seed.repository.js';

export type SeededRecord = { id: string; organisationId?: string | null; after: unknown };

/** One audit entry per seeded record, written as the system in the seed's transaction, in batches. */
export async function auditSeeded(tx: Tx, entityType: string, records: SeededRecord[]) {
  const changes = records.map((r) => ({ action: `${entityType}.seed`, entityType, entityId: r.id, organisationId: r.organisationId ?? null, after: r.after }));
  for (let i = 0; i < changes.length; i += 200) await recordAudits(tx, systemContext, changes.slice(i, i + 200));
}

type CatalogueSeedRow = { externalId?: string | null; title: string; status: string; ownerOrganisationId?: string | null };

/**
 * Offers or demands inserted in batches, each with its system audit entry. The entry keeps only
 * the public part (external id, title, status): admins outside a demand's circle read the audit log.
 */
export async function insertAuditedCatalogue<T extends 'offers' | 'demands'>(tx: Tx, table: T, rows: SeedRow<T>[]): Promise<string[]> {
  const ids = await insertSeedRowsReturningIds(tx, table, rows, 100);
  const records = rows as CatalogueSeedRow[];
  await auditSeeded(
    tx,
    table === 'offers' ? 'offer' : 'demand',
    ids.map((id, i) => ({
      id,
      organisationId: records[i]!.ownerOrganisationId ?? null,
      after: { externalId: records[i]!.externalId, title: records[i]!.title, status: records[i]!.status },
    })),
  );
  return ids;
}
