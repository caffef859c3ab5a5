import type { Db } from '../../../db/client.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { recordAudit, systemContext } from '../audit/audit.service.js';
import { memberIdsOf } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { lockRecord, writeRecord, type RowOf } from './catalogue.repository.js';
import { expiredRecords, positionOf, type WorkListPosition } from './moderation.repository.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

const PAGE = 200;
/** The statuses an expiry takes a record out of (as expiredRecords selects them). */
const expirable: Record<string, string> = { offer: 'published', demand: 'open' };

/**
 * Takes published offers and open demands whose validity ended out of the public: each becomes
 * `expired` (its owner can extend it and submit it again), with an audit entry, and its owners
 * are told. Each record is locked and checked again, so two server processes never expire it
 * twice. Answers how many records expired.
 */
export async function expireRecords(db: Db, now = new Date()): Promise<number> {
  const today = vietnamToday(now);
  let expired = 0;
  let after: WorkListPosition | undefined;
  for (;;) {
    const page = await expiredRecords(db, today, { limit: PAGE, after });
    for (const due of page.slice(0, PAGE)) if (await expireOne(db, due.type, due.id, due.title, today)) expired += 1;
    if (page.length <= PAGE) break;
    after = positionOf(page[PAGE - 1]);
  }
  return expired;
}

async function expireOne(db: Db, type: CatalogueType, id: string, title: string, today: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row = (await lockRecord(tx, type, id)) as RowOf<'offer'> | undefined;
    if (!row?.validUntil || row.validUntil >= today || row.status !== expirable[type]) return false;
    await writeRecord(tx, type, id, { status: 'expired' } as Partial<RowOf<typeof type>>);
    const owners = row.ownerOrganisationId ? await memberIdsOf(tx, [row.ownerOrganisationId]) : [row.createdBy].filter((u): u is string => !!u);
    await notify(tx, owners, { kind: 'catalogue.expired', params: { title, validUntil: row.validUntil }, link: `/${type}s/${id}` });
    await recordAudit(tx, systemContext, {
      action: `${type}.expire`,
      entityType: type,
      entityId: id,
      organisationId: row.ownerOrganisationId,
      before: { status: row.status, validUntil: row.validUntil },
      after: { status: 'expired', recipients: owners.length },
    });
    return true;
  });
}
