import type { Db } from '../../../db/client.js';
import type { SessionSetupBody } from '../../../shared/events/events.schemas.js';
import { AppError, FieldError, type FieldProblem } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { notify } from '../notifications/notifications.service.js';
import { authorizeManageEvent } from './events.policy.js';
import * as repo from './meetings.repository.js';
import { loadSession } from './sessions.service.js';

/**
 * An organiser changes a session's tables or removes slots. Nothing disappears silently: a slot
 * holding a meeting is refused (naming it); fewer tables than confirmed meetings use is refused,
 * listing them, unless the organiser asks to cancel those meetings, which then show as cancelled
 * in agendas and calendars and whose people are told (the scheduler can place them again).
 */
export async function changeSessionSetup(db: Db, actor: Actor, ctx: AuditContext, sessionId: string, body: SessionSetupBody) {
  const { session, event, organisers } = await loadSession(db, sessionId);
  authorizeManageEvent(actor, organisers);
  const [slots, meetings] = await Promise.all([repo.slotsOf(db, [sessionId]), repo.meetingsOfSession(db, sessionId)]);
  const problems: FieldProblem[] = [];
  body.removeSlotIds.forEach((id, i) => {
    if (!slots.some((s) => s.id === id)) problems.push({ path: `removeSlotIds.${i}`, key: 'unknown_slot' });
    else if (meetings.some((m) => m.slotId === id)) problems.push({ path: `removeSlotIds.${i}`, key: 'slot_has_meetings' });
  });
  if (body.removeSlotIds.length >= slots.length) problems.push({ path: 'removeSlotIds', key: 'session_needs_a_slot' });
  if (problems.length) throw new FieldError(problems);

  const startOf = new Map(slots.map((s) => [s.id, s.startsAt]));
  const affectedRows = meetings.filter((m) => m.status === 'confirmed' && m.tableNumber > body.tables);
  const requests = await Promise.all(affectedRows.map((m) => repo.findRequest(db, m.requestId)));
  const people = await repo.namesOf(
    db,
    requests.flatMap((r) => [r.fromRegistrationId, r.toRegistrationId]),
  );
  const person = new Map(people.map((p) => [p.id, p]));
  const affected = affectedRows.map((m, i) => ({
    meetingId: m.id,
    startsAt: startOf.get(m.slotId)!.toISOString(),
    table: m.tableNumber,
    names: [requests[i].fromRegistrationId, requests[i].toRegistrationId].map((id) => person.get(id)?.name ?? '').join(' – '),
  }));
  if (affected.length && !body.cancelAffected) throw new AppError('CONFLICT', { reason: 'meetings_affected', affected });

  return db.transaction(async (tx) => {
    for (const m of affectedRows) await repo.updateMeeting(tx, m.id, { status: 'cancelled', sequence: m.sequence + 1 });
    await repo.updateSessionTables(tx, sessionId, body.tables);
    const left = await repo.removeSlots(tx, sessionId, body.removeSlotIds);
    const told = requests.flatMap((r) => [person.get(r.fromRegistrationId)?.userId, person.get(r.toRegistrationId)?.userId]).filter((u): u is string => !!u);
    if (told.length)
      await notify(tx, [...new Set(told)], {
        kind: 'event.meeting-cancelled',
        params: { session: session.title, event: event.name },
        link: `/events/${session.eventId}/agenda`,
      });
    await recordAudit(tx, ctx, {
      action: 'event.session.setup',
      entityType: 'event-session',
      entityId: sessionId,
      before: { tables: session.tables, slots: slots.length },
      after: { tables: body.tables, slots: left, removedSlotIds: body.removeSlotIds, cancelledMeetings: affected.map((a) => a.meetingId) },
    });
    return { tables: body.tables, slots: left, cancelled: affected };
  });
}
