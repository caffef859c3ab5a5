import type { Db } from '../../../db/client.js';
import type { AuditEntry, AuditListQuery } from '../../../shared/audit/audit.schemas.js';
import type { Actor } from '../auth/actor.js';
import { authorizeAuditRead } from './audit.policy.js';
import { listAudit } from './audit.repository.js';

const isDay = (value: string) => !value.includes('T');

/** The audit log, newest first, filtered; a `to` day includes the whole day (UTC). */
export async function listAuditEntries(db: Db, actor: Actor, query: AuditListQuery) {
  authorizeAuditRead(actor);
  const page = await listAudit(db, {
    actorId: query.actorId,
    entityType: query.entityType,
    entityId: query.entityId,
    action: query.action,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(isDay(query.to) ? `${query.to}T23:59:59.999Z` : query.to) : undefined,
    cursor: query.cursor ? Number(query.cursor) : undefined,
    limit: query.limit,
  });
  const items: AuditEntry[] = page.items.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    organisationId: row.organisationId,
    before: row.before,
    after: row.after,
  }));
  return { items, total: page.total, nextCursor: page.nextCursor };
}
