import type { Db } from '../../../db/client.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { createRecord } from '../catalogue/catalogue.service.js';
import type { CreateOf, RecordKind } from '../catalogue/record-kind.js';
import { authorizeCollectAtEvent } from './events.policy.js';
import * as events from './events.repository.js';

/**
 * A technology an exhibitor brings that is not in the catalogue yet, or a demand taken down at the event:
 * a new draft entered as any other (same validation, same moderation before it is public), which keeps the
 * event as its source and counts in the event's dashboard. One transaction: no draft without its source.
 */
export async function collectRecord<T extends 'offer' | 'demand'>(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  eventId: string,
  kind: RecordKind<T>,
  input: CreateOf<T>,
) {
  const event = await events.findEvent(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  const [organisers, mine] = await Promise.all([events.organisersOf(db, [eventId]), events.registrationOfUser(db, eventId, actor.userId)]);
  authorizeCollectAtEvent(actor, organisers, mine?.registration ?? null);
  return db.transaction(async (tx) => {
    const record = await createRecord(tx, kind, actor, ctx, input);
    await events.linkCollectedRecord(tx, { eventId, recordType: kind.type, recordId: record.id, collectedBy: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'event.record.collect',
      entityType: 'event',
      entityId: eventId,
      after: { recordType: kind.type, recordId: record.id },
    });
    return record;
  });
}
