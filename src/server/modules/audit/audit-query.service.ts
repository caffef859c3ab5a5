import type { Db } from '../../../db/client.js';
import type { AuditEntry, AuditListQuery } from '../../../shared/audit/audit.schemas.js';
import type { Actor } from '../auth/actor.js';
import { authorizeAuditRead, canReadConfidentialInAudit } from './audit.policy.js';
import { listAudit } from './audit.repository.js';

const isDay = (value: string) => !value.includes('T');

/** Fields of a demand that only its confidentiality rule's readers see, and a confidential file's name. */
const confidentialKeys = ['confidentialDetails', 'contactName', 'contactEmail', 'contactPhone'];
const REDACTED = '[confidential]';

/** A before/after snapshot with a demand's confidential values (and a confidential file's name) replaced. */
function redact(entityType: string, snapshot: unknown): unknown {
  if (!snapshot || typeof snapshot !== 'object' || Array.isArray(snapshot)) return snapshot;
  const values = { ...(snapshot as Record<string, unknown>) };
  if (entityType === 'demand') for (const key of confidentialKeys) if (key in values) values[key] = REDACTED;
  if (entityType === 'attachment' && values.confidential === true && 'fileName' in values) values.fileName = REDACTED;
  return values;
}

/** The audit log, newest first, filtered; a `to` day includes the whole day (UTC). */
export async function listAuditEntries(db: Db, actor: Actor, query: AuditListQuery) {
  authorizeAuditRead(actor);
  const hide = !canReadConfidentialInAudit(actor);
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
    before: hide ? redact(row.entityType, row.before) : row.before,
    after: hide ? redact(row.entityType, row.after) : row.after,
  }));
  return { items, total: page.total, nextCursor: page.nextCursor };
}
