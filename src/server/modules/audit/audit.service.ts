import type { Executor } from '../../../db/client.js';
import { insertAudit, insertAudits, type AuditInsert } from './audit.repository.js';

/** Who is acting, as the audit log records it. `system` writes (seeds, jobs) have no user. */
export type AuditContext = { actorId: string | null; actorEmail: string | null; requestId?: string; ip?: string };

export const systemContext: AuditContext = { actorId: null, actorEmail: 'system' };

export type AuditChange = {
  action: string;
  entityType: string;
  entityId: string;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
};

function entry(context: AuditContext, change: AuditChange): AuditInsert {
  return {
    actorId: context.actorId,
    actorEmail: context.actorEmail,
    requestId: context.requestId,
    ip: context.ip,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    organisationId: change.organisationId ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
  };
}

/** Records one change; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Executor, context: AuditContext, change: AuditChange) {
  await insertAudit(tx, entry(context, change));
}

/** Records many changes in one statement (bulk imports); same rule: inside the writing transaction. */
export async function recordAudits(tx: Executor, context: AuditContext, changes: AuditChange[]) {
  await insertAudits(
    tx,
    changes.map((change) => entry(context, change)),
  );
}
