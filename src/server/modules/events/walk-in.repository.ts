import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { eventMeetingRequests, eventMeetings, eventSessions } from '../../../db/schema/index.js';

/** Holds the session's row until the transaction ends, so two desks cannot seat two walk-ins at one table. */
export async function lockSession(db: Executor, sessionId: string) {
  await db.select({ id: eventSessions.id }).from(eventSessions).where(eq(eventSessions.id, sessionId)).for('update');
}

/** The confirmed meetings of a session with their slot, table, two people and the host's mark. */
export async function confirmedMeetings(db: Executor, sessionId: string) {
  return db
    .select({
      slotId: eventMeetings.slotId,
      table: eventMeetings.tableNumber,
      attendance: eventMeetings.attendance,
      from: eventMeetingRequests.fromRegistrationId,
      to: eventMeetingRequests.toRegistrationId,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .where(and(eq(eventMeetings.sessionId, sessionId), eq(eventMeetings.status, 'confirmed')))
    .orderBy(asc(eventMeetings.tableNumber));
}

/**
 * A person's meetings counted against the session's cap: accepted requests, but for those whose
 * meeting a table host marked with a side absent (it did not take place).
 */
export async function countTowardsCap(db: Executor, sessionId: string, registrationId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventMeetingRequests)
    .leftJoin(eventMeetings, eq(eventMeetings.requestId, eventMeetingRequests.id))
    .where(
      and(
        eq(eventMeetingRequests.sessionId, sessionId),
        eq(eventMeetingRequests.status, 'accepted'),
        or(eq(eventMeetingRequests.fromRegistrationId, registrationId), eq(eventMeetingRequests.toRegistrationId, registrationId)),
        sql`not (coalesce(${eventMeetings.status} = 'confirmed', false) and coalesce(${eventMeetings.attendance} <> 'held', false))`,
      ),
    );
  return row.n;
}

export async function insertMeeting(db: Executor, row: typeof eventMeetings.$inferInsert) {
  const [inserted] = await db.insert(eventMeetings).values(row).returning();
  return inserted;
}
