import type { Executor } from '../../../db/client.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { becomesBroker } from './connections.policy.js';
import * as repo from './connections.repository.js';

/** After staff act on a connection without a broker, records them as its broker (audited); the row as it now is. */
export async function claimBroker(tx: Executor, actor: Actor, ctx: AuditContext, row: repo.ConnectionRow): Promise<repo.ConnectionRow> {
  if (!becomesBroker(actor, row)) return row;
  const updated = await repo.setBrokerIfUnset(tx, row.id, actor.userId);
  if (!updated) return row;
  await recordAudit(tx, ctx, {
    action: 'connection.broker',
    entityType: 'connection',
    entityId: row.id,
    organisationId: row.seekerOrganisationId,
    before: { brokerId: null },
    after: { brokerId: actor.userId },
  });
  return updated;
}
