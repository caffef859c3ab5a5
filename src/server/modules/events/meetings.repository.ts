import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import {
  demands,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  events,
  eventSessions,
  eventSlots,
  eventUnavailability,
  matches,
  offers,
  organisations,
  users,
} from '../../../db/schema/index.js';

export type RequestRow = typeof eventMeetingRequests.$inferSelect;
export type MeetingRow = typeof eventMeetings.$inferSelect;

export async function sessionsOf(db: Executor, eventId: string) {
  return db.select().from(eventSessions).where(eq(eventSessions.eventId, eventId)).orderBy(asc(eventSessions.createdAt));
}

export async function findSession(db: Executor, id: string) {
  const [row] = await db.select().from(eventSessions).where(eq(eventSessions.id, id));
  return row;
}

export async function insertSession(db: Executor, row: typeof eventSessions.$inferInsert, slots: Array<{ startsAt: Date; endsAt: Date }>) {
  const [session] = await db.insert(eventSessions).values(row).returning();
  await db.insert(eventSlots).values(slots.map((s, position) => ({ ...s, position, sessionId: session.id })));
  return session;
}

export async function markSessionPublished(db: Executor, id: string) {
  await db.update(eventSessions).set({ publishedAt: new Date() }).where(eq(eventSessions.id, id));
}

export async function slotsOf(db: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db.select().from(eventSlots).where(inArray(eventSlots.sessionId, sessionIds)).orderBy(asc(eventSlots.position));
}

export async function unavailableSlotIds(db: Executor, registrationId: string, sessionId: string) {
  const rows = await db
    .select({ slotId: eventUnavailability.slotId })
    .from(eventUnavailability)
    .innerJoin(eventSlots, eq(eventSlots.id, eventUnavailability.slotId))
    .where(and(eq(eventUnavailability.registrationId, registrationId), eq(eventSlots.sessionId, sessionId)));
  return rows.map((r) => r.slotId);
}

export async function replaceUnavailability(db: Executor, registrationId: string, sessionSlotIds: string[], slotIds: string[]) {
  if (sessionSlotIds.length)
    await db
      .delete(eventUnavailability)
      .where(and(eq(eventUnavailability.registrationId, registrationId), inArray(eventUnavailability.slotId, sessionSlotIds)));
  if (slotIds.length) await db.insert(eventUnavailability).values(slotIds.map((slotId) => ({ slotId, registrationId })));
}

/** Every unavailability of a session: registration id → slot ids. */
export async function unavailabilityOfSession(db: Executor, sessionId: string) {
  return db
    .select({ registrationId: eventUnavailability.registrationId, slotId: eventUnavailability.slotId })
    .from(eventUnavailability)
    .innerJoin(eventSlots, eq(eventSlots.id, eventUnavailability.slotId))
    .where(eq(eventSlots.sessionId, sessionId));
}

/** Pending requests past their time become expired (run before reading or counting). */
export async function expireRequests(db: Executor, sessionId: string, now: Date) {
  return db
    .update(eventMeetingRequests)
    .set({ status: 'expired' })
    .where(and(eq(eventMeetingRequests.sessionId, sessionId), eq(eventMeetingRequests.status, 'pending'), lt(eventMeetingRequests.expiresAt, now)))
    .returning({ id: eventMeetingRequests.id, from: eventMeetingRequests.fromRegistrationId, to: eventMeetingRequests.toRegistrationId });
}

export async function findRequest(db: Executor, id: string) {
  const [row] = await db.select().from(eventMeetingRequests).where(eq(eventMeetingRequests.id, id));
  return row;
}

export async function insertRequest(db: Executor, row: typeof eventMeetingRequests.$inferInsert) {
  const [inserted] = await db.insert(eventMeetingRequests).values(row).returning();
  return inserted;
}

export async function updateRequest(db: Executor, id: string, patch: Partial<typeof eventMeetingRequests.$inferInsert>) {
  const [updated] = await db.update(eventMeetingRequests).set(patch).where(eq(eventMeetingRequests.id, id)).returning();
  return updated;
}

/** Requests of a session between the two people, in either direction, that are still pending or accepted. */
export async function liveRequestBetween(db: Executor, sessionId: string, x: string, y: string) {
  const [row] = await db
    .select({ id: eventMeetingRequests.id })
    .from(eventMeetingRequests)
    .where(
      and(
        eq(eventMeetingRequests.sessionId, sessionId),
        inArray(eventMeetingRequests.status, ['pending', 'accepted']),
        or(
          and(eq(eventMeetingRequests.fromRegistrationId, x), eq(eventMeetingRequests.toRegistrationId, y)),
          and(eq(eventMeetingRequests.fromRegistrationId, y), eq(eventMeetingRequests.toRegistrationId, x)),
        ),
      ),
    );
  return row;
}

export async function countPendingOutgoing(db: Executor, sessionId: string, registrationId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventMeetingRequests)
    .where(
      and(
        eq(eventMeetingRequests.sessionId, sessionId),
        eq(eventMeetingRequests.fromRegistrationId, registrationId),
        eq(eventMeetingRequests.status, 'pending'),
      ),
    );
  return row.n;
}

export async function countAccepted(db: Executor, sessionId: string, registrationId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventMeetingRequests)
    .where(
      and(
        eq(eventMeetingRequests.sessionId, sessionId),
        eq(eventMeetingRequests.status, 'accepted'),
        or(eq(eventMeetingRequests.fromRegistrationId, registrationId), eq(eventMeetingRequests.toRegistrationId, registrationId)),
      ),
    );
  return row.n;
}

export async function acceptedRequests(db: Executor, sessionId: string) {
  return db
    .select()
    .from(eventMeetingRequests)
    .where(and(eq(eventMeetingRequests.sessionId, sessionId), eq(eventMeetingRequests.status, 'accepted')));
}

export async function meetingsOfSession(db: Executor, sessionId: string) {
  return db.select().from(eventMeetings).where(eq(eventMeetings.sessionId, sessionId));
}

export async function findMeetingOfRequest(db: Executor, requestId: string) {
  const [row] = await db.select().from(eventMeetings).where(eq(eventMeetings.requestId, requestId));
  return row;
}

export async function insertMeetings(db: Executor, rows: Array<typeof eventMeetings.$inferInsert>) {
  if (rows.length) await db.insert(eventMeetings).values(rows);
}

export async function updateMeeting(db: Executor, id: string, patch: Partial<typeof eventMeetings.$inferInsert>) {
  await db
    .update(eventMeetings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(eventMeetings.id, id));
}

/** Names of registrations (for previews). */
export async function namesOf(db: Executor, registrationIds: string[]) {
  if (registrationIds.length === 0) return [];
  return db
    .select({ id: eventRegistrations.id, userId: eventRegistrations.userId, name: users.name, organisation: organisations.nameVi })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(inArray(eventRegistrations.id, registrationIds));
}

/** A person's published meetings at an event (confirmed and cancelled), with slot times and the other side. */
export async function meetingsOfRegistration(db: Executor, registrationId: string) {
  const rows = await db
    .select({
      meeting: eventMeetings,
      request: eventMeetingRequests,
      sessionTitle: eventSessions.title,
      startsAt: eventSlots.startsAt,
      endsAt: eventSlots.endsAt,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .innerJoin(eventSessions, eq(eventSessions.id, eventMeetings.sessionId))
    .innerJoin(eventSlots, eq(eventSlots.id, eventMeetings.slotId))
    .where(
      and(
        sql`${eventSessions.publishedAt} is not null`,
        or(eq(eventMeetingRequests.fromRegistrationId, registrationId), eq(eventMeetingRequests.toRegistrationId, registrationId)),
      ),
    )
    .orderBy(asc(eventSlots.startsAt));
  return rows;
}

export async function registrationByCalendarToken(db: Executor, token: string) {
  const [row] = await db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.calendarToken, token));
  return row;
}

/**
 * The matcher's stored matches between open demands of the seeker organisations and published
 * offers of the supplier organisations, best first (public titles only).
 */
export async function matchesBetween(db: Executor, seekerOrganisationIds: string[], supplierOrganisationIds: string[]) {
  if (seekerOrganisationIds.length === 0 || supplierOrganisationIds.length === 0) return [];
  return db
    .select({
      seekerOrganisationId: demands.ownerOrganisationId,
      supplierOrganisationId: offers.ownerOrganisationId,
      score: matches.score,
      demandTitle: demands.title,
      offerTitle: offers.title,
    })
    .from(matches)
    .innerJoin(demands, eq(demands.id, matches.demandId))
    .innerJoin(offers, eq(offers.id, matches.offerId))
    .where(
      and(
        inArray(demands.ownerOrganisationId, seekerOrganisationIds),
        inArray(offers.ownerOrganisationId, supplierOrganisationIds),
        inArray(demands.status, ['open', 'connecting']),
        eq(offers.status, 'published'),
      ),
    )
    .orderBy(sql`${matches.score} desc`)
    .limit(500);
}

export async function updateSessionTables(db: Executor, id: string, tables: number) {
  await db.update(eventSessions).set({ tables }).where(eq(eventSessions.id, id));
}

/** Removes slots (none may hold a meeting) and numbers the rest 0… again, in time order. */
export async function removeSlots(db: Executor, sessionId: string, slotIds: string[]) {
  if (slotIds.length) await db.delete(eventSlots).where(and(eq(eventSlots.sessionId, sessionId), inArray(eventSlots.id, slotIds)));
  const left = await db.select().from(eventSlots).where(eq(eventSlots.sessionId, sessionId)).orderBy(asc(eventSlots.position));
  for (const [i, slot] of left.entries()) if (slot.position !== i) await db.update(eventSlots).set({ position: i }).where(eq(eventSlots.id, slot.id));
  return left.length;
}
