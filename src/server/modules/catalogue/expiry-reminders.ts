import type { Db, Executor } from '../../../db/client.js';
import { isPublicStatus } from '../../../domain/catalogue/workflow.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { listAudit } from '../audit/audit.repository.js';
import { recordAudit, systemContext } from '../audit/audit.service.js';
import { memberIdsOf } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { lockRecord } from './catalogue.repository.js';
import { kindsByType } from './kinds/index.js';
import { expiringSoon } from './moderation.service.js';

const reminderAction = (type: CatalogueType) => `${type}.expiry-reminder`;

/** Whether the owners were already reminded of this end date (a later extension earns a new reminder). */
async function remindedOf(tx: Executor, type: CatalogueType, id: string, validUntil: string): Promise<boolean> {
  const { items } = await listAudit(tx, { entityType: type, entityId: id, action: reminderAction(type), limit: 50 });
  return items.some((entry) => (entry.after as { validUntil?: unknown } | null)?.validUntil === validUntil);
}

/**
 * Reminds the owners of live offers, demands and experts whose validity ends within
 * EXPIRY_NOTICE_DAYS, once per record and end date; the reminder's audit entry is the mark.
 * Each record is locked while it is checked, so several server processes never remind twice.
 * Answers how many records were reminded of.
 */
export async function remindExpiringRecords(db: Db, now = new Date()): Promise<number> {
  let reminded = 0;
  for (const due of await expiringSoon(db, null, now, { all: true })) {
    const kind = kindsByType[due.type];
    const sent = await db.transaction(async (tx) => {
      const row = await lockRecord(tx, due.type, due.id);
      if (!row?.validUntil || row.validUntil !== due.validUntil || !isPublicStatus(kind.machine, row.status)) return false;
      if (await remindedOf(tx, due.type, row.id, row.validUntil)) return false;
      const owners = row.ownerOrganisationId ? await memberIdsOf(tx, [row.ownerOrganisationId]) : [row.createdBy].filter((id): id is string => !!id);
      await notify(tx, owners, { kind: 'catalogue.expiring', params: { title: due.title, validUntil: row.validUntil }, link: `/${due.type}s/${row.id}` });
      await recordAudit(tx, systemContext, {
        action: reminderAction(due.type),
        entityType: due.type,
        entityId: row.id,
        organisationId: row.ownerOrganisationId,
        after: { validUntil: row.validUntil, recipients: owners.length },
      });
      return true;
    });
    if (sent) reminded += 1;
  }
  return reminded;
}
