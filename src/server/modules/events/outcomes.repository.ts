import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import {
  agreements,
  connections,
  demands,
  eventCheckIns,
  eventExhibits,
  eventMeetingOutcomes,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSessions,
  eventSlots,
  matches,
  memberships,
  offers,
  organisations,
  users,
} from '../../../db/schema/index.js';

/** A meeting with its request, slot and session (to decide who may answer and when). */
export async function meetingContext(db: Executor, meetingId: string) {
  const [row] = await db
    .select({ meeting: eventMeetings, request: eventMeetingRequests, session: eventSessions, startsAt: eventSlots.startsAt })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .innerJoin(eventSessions, eq(eventSessions.id, eventMeetings.sessionId))
    .innerJoin(eventSlots, eq(eventSlots.id, eventMeetings.slotId))
    .where(eq(eventMeetings.id, meetingId));
  return row;
}

export async function outcomesOfMeeting(db: Executor, meetingId: string) {
  return db.select().from(eventMeetingOutcomes).where(eq(eventMeetingOutcomes.meetingId, meetingId));
}

/** One answer per side of a meeting: a second answer replaces the first. */
export async function saveOutcome(db: Executor, row: typeof eventMeetingOutcomes.$inferInsert) {
  const [saved] = await db
    .insert(eventMeetingOutcomes)
    .values(row)
    .onConflictDoUpdate({
      target: [eventMeetingOutcomes.meetingId, eventMeetingOutcomes.registrationId],
      set: { outcome: row.outcome, note: row.note, connectionId: row.connectionId, answeredAt: new Date() },
    })
    .returning();
  return saved;
}

/** A person's answers, by meeting. */
export async function outcomesOfRegistration(db: Executor, registrationId: string) {
  return db.select().from(eventMeetingOutcomes).where(eq(eventMeetingOutcomes.registrationId, registrationId));
}

/** The matcher's best stored match between an open demand of the seeker and a published offer of the supplier. */
export async function bestMatchBetween(db: Executor, seekerOrganisationId: string, supplierOrganisationId: string) {
  const [row] = await db
    .select({ demandId: demands.id, offerId: offers.id })
    .from(matches)
    .innerJoin(demands, eq(demands.id, matches.demandId))
    .innerJoin(offers, eq(offers.id, matches.offerId))
    .where(
      and(
        eq(demands.ownerOrganisationId, seekerOrganisationId),
        eq(offers.ownerOrganisationId, supplierOrganisationId),
        inArray(demands.status, ['open', 'connecting']),
        eq(offers.status, 'published'),
      ),
    )
    .orderBy(desc(matches.score))
    .limit(1);
  return row;
}

export async function connectionStage(db: Executor, connectionId: string) {
  const [row] = await db.select({ stage: connections.stage, version: connections.version }).from(connections).where(eq(connections.id, connectionId));
  return row;
}

/** An event's registration whose badge code (first 10 hex digits of its id) is `code`. */
export async function registrationByBadge(db: Executor, eventId: string, code: string) {
  return db
    .select({ registration: eventRegistrations, personName: users.name, organisationName: organisations.nameVi })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(eq(eventRegistrations.eventId, eventId), sql`upper(replace(${eventRegistrations.id}::text, '-', '')) like ${`${code}%`}`))
    .limit(2);
}

/** Records a scan; a badge already scanned keeps its first time. Returns the stored scan and whether it was new. */
export async function checkIn(db: Executor, registrationId: string, scannedAt: Date, scannedBy: string) {
  const [inserted] = await db.insert(eventCheckIns).values({ registrationId, scannedAt, scannedBy }).onConflictDoNothing().returning();
  if (inserted) return { scan: inserted, already: false };
  const [existing] = await db.select().from(eventCheckIns).where(eq(eventCheckIns.registrationId, registrationId));
  return { scan: existing, already: true };
}

export async function countCheckIns(db: Executor, eventId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventCheckIns)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCheckIns.registrationId))
    .where(eq(eventRegistrations.eventId, eventId));
  return row.n;
}

/** The figures of an event's dashboard, each counted once from the rows it names. */
export async function dashboardFigures(db: Executor, eventId: string) {
  const inEvent = eq(eventRegistrations.eventId, eventId);
  const [registrations, [exhibitors], [shown], requests, meetingRows, outcomeRows, connectionRows, agreementRows] = await Promise.all([
    db
      .select({ role: eventRegistrations.role, status: eventRegistrations.status, count: sql<number>`count(*)::int` })
      .from(eventRegistrations)
      .where(inEvent)
      .groupBy(eventRegistrations.role, eventRegistrations.status),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(eventRegistrations)
      .where(and(inEvent, eq(eventRegistrations.status, 'approved'), isNotNull(eventRegistrations.booth))),
    db
      .select({ n: sql<number>`count(distinct ${eventExhibits.offerId})::int` })
      .from(eventExhibits)
      .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventExhibits.registrationId))
      .where(and(inEvent, eq(eventRegistrations.status, 'approved'))),
    db
      .select({ status: eventMeetingRequests.status, count: sql<number>`count(*)::int` })
      .from(eventMeetingRequests)
      .innerJoin(eventSessions, eq(eventSessions.id, eventMeetingRequests.sessionId))
      .where(eq(eventSessions.eventId, eventId))
      .groupBy(eventMeetingRequests.status),
    // One row per scheduled meeting: the table host's mark, how many sides say it took place, and how many say it did not.
    db
      .select({
        attendance: eventMeetings.attendance,
        held: sql<number>`count(${eventMeetingOutcomes.id}) filter (where ${eventMeetingOutcomes.outcome} <> 'not-held')::int`,
        notHeld: sql<number>`count(${eventMeetingOutcomes.id}) filter (where ${eventMeetingOutcomes.outcome} = 'not-held')::int`,
      })
      .from(eventMeetings)
      .innerJoin(eventSessions, eq(eventSessions.id, eventMeetings.sessionId))
      .leftJoin(eventMeetingOutcomes, eq(eventMeetingOutcomes.meetingId, eventMeetings.id))
      .where(and(eq(eventSessions.eventId, eventId), isNotNull(eventSessions.publishedAt), eq(eventMeetings.status, 'confirmed')))
      .groupBy(eventMeetings.id, eventMeetings.attendance),
    db
      .select({ outcome: eventMeetingOutcomes.outcome, count: sql<number>`count(*)::int` })
      .from(eventMeetingOutcomes)
      .innerJoin(eventMeetings, eq(eventMeetings.id, eventMeetingOutcomes.meetingId))
      .innerJoin(eventSessions, eq(eventSessions.id, eventMeetings.sessionId))
      .where(eq(eventSessions.eventId, eventId))
      .groupBy(eventMeetingOutcomes.outcome),
    db
      .select({ stage: connections.stage, count: sql<number>`count(*)::int` })
      .from(connections)
      .where(eq(connections.eventId, eventId))
      .groupBy(connections.stage),
    db
      .select({ kind: agreements.kind, count: sql<number>`count(*)::int`, valueVnd: sql<number>`coalesce(sum(${agreements.valueVnd}), 0)::float8` })
      .from(agreements)
      .where(eq(agreements.eventId, eventId))
      .groupBy(agreements.kind),
  ]);
  return { registrations, booths: exhibitors.n, technologiesShown: shown.n, requests, meetingRows, outcomeRows, connectionRows, agreementRows };
}

/** A signed-up person by e-mail, with the organisation they belong to first (for a walk-in registration). */
export async function personByEmail(db: Executor, email: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!user) return undefined;
  const [membership] = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.status, 'active')))
    .orderBy(asc(memberships.id))
    .limit(1);
  return { ...user, organisationId: membership?.organisationId ?? null };
}
