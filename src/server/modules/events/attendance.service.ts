import type { Db } from '../../../db/client.js';
import type { MeetingAttendance } from '../../../shared/events/event-codes.js';
import type { AttendanceBody } from '../../../shared/events/events.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import * as repo from './attendance.repository.js';
import { authorizeHostTables } from './events.policy.js';
import * as events from './events.repository.js';
import * as meetings from './meetings.repository.js';
import { meetingContext } from './outcomes.repository.js';

/** A table host's sheet: the confirmed meetings of a published session at one table, with what was marked so far. */
export async function tableSheet(db: Db, actor: Actor, sessionId: string, table: number) {
  const session = await meetings.findSession(db, sessionId);
  if (!session) throw new AppError('NOT_FOUND', { entity: 'event-session' });
  const event = await events.findEvent(db, session.eventId);
  authorizeHostTables(actor, await events.organisersOf(db, [session.eventId]));
  if (table > session.tables) throw new FieldError([{ path: 'querystring.table', key: 'table_out_of_range' }]);
  const rows = session.publishedAt ? await repo.meetingsAtTable(db, sessionId, table) : [];
  const names = new Map(
    (await meetings.namesOf(db, [...new Set(rows.flatMap((r) => [r.fromRegistrationId, r.toRegistrationId]))])).map((n) => [
      n.id,
      { name: n.name, organisation: n.organisation },
    ]),
  );
  const nobody = { name: '', organisation: null };
  const now = Date.now();
  return {
    sessionId,
    sessionTitle: session.title,
    timeZone: event!.timeZone,
    tables: session.tables,
    table,
    items: rows.map((r) => ({
      meetingId: r.id,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      from: names.get(r.fromRegistrationId) ?? nobody,
      to: names.get(r.toRegistrationId) ?? nobody,
      attendance: r.attendance as MeetingAttendance | null,
      canMark: r.startsAt.getTime() <= now,
    })),
  };
}

/**
 * A table host marks a meeting held, or a side (or both) absent, once its slot has begun; a later
 * mark replaces an earlier one and null takes it back. The event's dashboard counts these marks.
 */
export async function markAttendance(db: Db, actor: Actor, ctx: AuditContext, meetingId: string, body: AttendanceBody) {
  const found = await meetingContext(db, meetingId);
  if (!found || !found.session.publishedAt) throw new AppError('NOT_FOUND', { entity: 'meeting' });
  const { meeting, session, startsAt } = found;
  authorizeHostTables(actor, await events.organisersOf(db, [session.eventId]));
  if (meeting.status !== 'confirmed') throw new AppError('INVALID_TRANSITION', { reason: 'meeting_cancelled' });
  if (startsAt > new Date()) throw new AppError('INVALID_TRANSITION', { reason: 'attendance_not_started' });
  return db.transaction(async (tx) => {
    const saved = await repo.saveAttendance(tx, meetingId, body.attendance, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'event.meeting.attendance',
      entityType: 'event-meeting',
      entityId: meetingId,
      before: { attendance: meeting.attendance },
      after: { attendance: saved.attendance, table: meeting.tableNumber },
    });
    return { meetingId, attendance: saved.attendance as MeetingAttendance | null, markedAt: saved.markedAt?.toISOString() ?? null };
  });
}
