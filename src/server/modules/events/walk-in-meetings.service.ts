import { freeTables, placeWalkIn, usualTable, type SlotMeeting } from '../../../domain/events/scheduling/walk-in-table.js';
import type { Db, Executor } from '../../../db/client.js';
import { boothTableNumber, freesTable, sideOfRole, type RegistrationRole } from '../../../shared/events/event-codes.js';
import type { WalkInMeetingBody } from '../../../shared/events/events.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { notify } from '../notifications/notifications.service.js';
import { authorizeWalkInMeetings } from './events.policy.js';
import * as events from './events.repository.js';
import * as meetings from './meetings.repository.js';
import { loadSession } from './sessions.service.js';
import * as repo from './walk-in.repository.js';

type Confirmed = Awaited<ReturnType<typeof repo.confirmedMeetings>>;
const slotMeetings = (rows: Confirmed, slotId: string): SlotMeeting[] =>
  rows.filter((m) => m.slotId === slotId).map((m) => ({ table: m.table, people: [m.from, m.to], freed: freesTable(m.attendance) }));

/** The organisers' view of a published session on the day: each slot not yet over with its free tables. */
export async function freeTablesOf(db: Db, actor: Actor, sessionId: string) {
  const { session, organisers } = await loadSession(db, sessionId);
  authorizeWalkInMeetings(actor, organisers);
  const now = new Date();
  const [slots, rows] = await Promise.all([meetings.slotsOf(db, [sessionId]), repo.confirmedMeetings(db, sessionId)]);
  return {
    sessionId,
    tables: session.tables,
    published: !!session.publishedAt,
    slots: slots
      .filter((s) => s.endsAt > now)
      .map((s) => {
        const inSlot = slotMeetings(rows, s.id);
        return {
          slotId: s.id,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          current: s.startsAt <= now,
          freeTables: freeTables(session.tables, inSlot),
          busyRegistrationIds: [...new Set(inSlot.filter((m) => !m.freed).flatMap((m) => m.people))],
        };
      }),
  };
}

/** "08:30, 11/12/2026": a slot's start on the event's wall clock, the same in both languages. */
function wallClock(at: Date, timeZone: string): string {
  const part = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', day: '2-digit', month: '2-digit', year: 'numeric' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${part.hour}:${part.minute}, ${part.day}/${part.month}/${part.year}`;
}

async function participant(db: Executor, eventId: string, registrationId: string, path: string) {
  const found = await events.findRegistration(db, registrationId);
  if (!found || found.eventId !== eventId || found.status !== 'approved') throw new FieldError([{ path, key: 'not_a_participant' }]);
  return found;
}

/**
 * Organiser staff take a walk-in meeting request between two approved (or checked-in) participants
 * and seat it at once in the slot under way (or the one given): at the supplier's booth table, or the
 * table they usually hold, when free; else at the lowest free table, which a cancelled meeting or a
 * partner marked absent may have freed. It is an ordinary confirmed meeting of an accepted request,
 * so both agendas and calendar feeds show it and a later scheduler run keeps it where it is; both
 * people are notified (in-app, and by e-mail as they chose) of the slot and table.
 */
export async function placeWalkInMeeting(db: Db, actor: Actor, ctx: AuditContext, sessionId: string, body: WalkInMeetingBody) {
  const { session, event, organisers } = await loadSession(db, sessionId);
  authorizeWalkInMeetings(actor, organisers);
  if (!session.publishedAt) throw new AppError('INVALID_TRANSITION', { reason: 'session_not_published' });
  if (body.fromRegistrationId === body.toRegistrationId) throw new FieldError([{ path: 'toRegistrationId', key: 'walk_in_same_person' }]);
  const now = new Date();
  const slots = await meetings.slotsOf(db, [sessionId]);
  const slot = body.slotId ? slots.find((s) => s.id === body.slotId) : slots.find((s) => s.startsAt <= now && now < s.endsAt);
  if (!slot) throw new FieldError([{ path: 'slotId', key: body.slotId ? 'unknown_slot' : 'no_current_slot' }]);
  if (slot.endsAt <= now) throw new FieldError([{ path: 'slotId', key: 'slot_over' }]);
  const from = await participant(db, session.eventId, body.fromRegistrationId, 'fromRegistrationId');
  const to = await participant(db, session.eventId, body.toRegistrationId, 'toRegistrationId');
  const sideOf = (r: typeof from) => sideOfRole(r.role as RegistrationRole);
  if (sideOf(from) === sideOf(to)) throw new FieldError([{ path: 'toRegistrationId', key: 'walk_in_same_side' }]);
  const supplier = sideOf(from) === 'supply' ? from : to;

  return db.transaction(async (tx) => {
    await repo.lockSession(tx, sessionId);
    const live = await meetings.liveRequestBetween(tx, sessionId, from.id, to.id);
    const request = live ? await meetings.findRequest(tx, live.id) : null;
    const earlier = request ? await meetings.findMeetingOfRequest(tx, request.id) : null;
    if (earlier?.status === 'confirmed') throw new AppError('ALREADY_EXISTS', { entity: 'event-meeting', reason: 'walk_in_already_scheduled' });
    for (const [who, path] of [
      [from, 'fromRegistrationId'],
      [to, 'toRegistrationId'],
    ] as const) {
      const counted = (await repo.countTowardsCap(tx, sessionId, who.id)) - (request?.status === 'accepted' ? 1 : 0);
      if (counted >= session.maxMeetingsPerPerson) throw new FieldError([{ path, key: 'walk_in_cap_reached' }]);
    }
    const rows = await repo.confirmedMeetings(tx, sessionId);
    const placement = placeWalkIn({
      tables: session.tables,
      meetings: slotMeetings(rows, slot.id),
      a: from.id,
      b: to.id,
      preferred: [
        boothTableNumber(supplier.booth, session.tables),
        usualTable(rows.filter((m) => m.from === supplier.id || m.to === supplier.id).map((m) => m.table)),
      ],
    });
    if (!placement.ok && placement.reason === 'person-busy')
      throw new FieldError([{ path: placement.person === from.id ? 'fromRegistrationId' : 'toRegistrationId', key: 'busy_in_slot' }]);
    if (!placement.ok) throw new AppError('CONFLICT', { reason: 'no_free_table', slotId: slot.id });

    const reason = body.reason?.normalize('NFC') || 'Gặp gỡ tại chỗ (walk-in)';
    const accepted = request
      ? await meetings.updateRequest(tx, request.id, { status: 'accepted', answeredAt: now })
      : await meetings.insertRequest(tx, {
          sessionId,
          fromRegistrationId: from.id,
          toRegistrationId: to.id,
          reason,
          status: 'accepted',
          answeredAt: now,
          expiresAt: now,
        });
    const at = { slotId: slot.id, tableNumber: placement.table, status: 'confirmed' };
    let meetingId: string;
    if (earlier) {
      await meetings.updateMeeting(tx, earlier.id, {
        ...at,
        sequence: earlier.sequence + 1,
        attendance: null,
        attendanceMarkedBy: null,
        attendanceMarkedAt: null,
      });
      meetingId = earlier.id;
    } else meetingId = (await repo.insertMeeting(tx, { ...at, sessionId, requestId: accepted.id })).id;
    const result = {
      meetingId,
      requestId: accepted.id,
      slotId: slot.id,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      table: placement.table,
      supplierTable: placement.preferred,
    };
    await recordAudit(tx, ctx, {
      action: 'event.meeting.walk-in',
      entityType: 'event-meeting',
      entityId: meetingId,
      before: earlier ? { status: earlier.status, slotId: earlier.slotId, table: earlier.tableNumber } : null,
      after: { ...result, fromRegistrationId: from.id, toRegistrationId: to.id, reason: accepted.reason },
    });
    await notify(tx, [from.userId, to.userId], {
      kind: 'event.meeting-walk-in',
      params: { event: event.name, session: session.title, time: wallClock(slot.startsAt, event.timeZone), table: placement.table },
      link: `/events/${session.eventId}/agenda`,
    });
    return result;
  });
}
