import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { eventMeetingRequests, eventMeetings, eventSlots } from '../../../db/schema/index.js';

/** The confirmed meetings at one table of a session, in slot order, with the two sides' registrations. */
export async function meetingsAtTable(db: Executor, sessionId: string, table: number) {
  return db
    .select({
      id: eventMeetings.id,
      attendance: eventMeetings.attendance,
      fromRegistrationId: eventMeetingRequests.fromRegistrationId,
      toRegistrationId: eventMeetingRequests.toRegistrationId,
      startsAt: eventSlots.startsAt,
      endsAt: eventSlots.endsAt,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .innerJoin(eventSlots, eq(eventSlots.id, eventMeetings.slotId))
    .where(and(eq(eventMeetings.sessionId, sessionId), eq(eventMeetings.tableNumber, table), eq(eventMeetings.status, 'confirmed')))
    .orderBy(asc(eventSlots.startsAt));
}

/** Stores a table host's mark (null clears it); the calendar sequence does not change, the meeting itself did not. */
export async function saveAttendance(db: Executor, meetingId: string, attendance: string | null, markedBy: string) {
  const [row] = await db
    .update(eventMeetings)
    .set({ attendance, attendanceMarkedBy: attendance ? markedBy : null, attendanceMarkedAt: attendance ? new Date() : null })
    .where(eq(eventMeetings.id, meetingId))
    .returning({ attendance: eventMeetings.attendance, markedAt: eventMeetings.attendanceMarkedAt });
  return row;
}
