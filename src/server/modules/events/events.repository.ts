import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import {
  connectionPoints,
  demands,
  eventActivities,
  eventCollectedRecords,
  eventExhibits,
  eventOrganisers,
  eventRegistrations,
  events,
  offers,
  organisations,
  users,
} from '../../../db/schema/index.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

export type EventRow = typeof events.$inferSelect;

/** A page of events, coming (ending today or later) or past, with the soonest coming first and the latest past first; and how many in all. */
export async function listEvents(db: Executor, filter: { when: 'coming' | 'past' | 'all'; today: string; cursor?: string; limit: number }) {
  const { when, today } = filter;
  const where: SQL | undefined = when === 'coming' ? gte(events.endsOn, today) : when === 'past' ? lt(events.endsOn, today) : undefined;
  const direction = when === 'coming' ? 'asc' : 'desc';
  const order = keyset([
    { column: events.startsOn, kind: 'date', direction },
    { column: events.id, kind: 'uuid', direction },
  ]);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ event: events, cursorKey: order.cursorKey })
      .from(events)
      .where(and(where, order.after(filter.cursor)))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(events).where(where),
  ]);
  const page = toPage(rows, filter.limit);
  return { rows: page.rows.map((r) => r.event), total, nextCursor: page.nextCursor };
}

export async function findEvent(db: Executor, id: string) {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

export async function insertEvent(db: Executor, row: typeof events.$inferInsert) {
  const [inserted] = await db.insert(events).values(row).returning();
  return inserted;
}

export async function updateEvent(db: Executor, id: string, patch: Partial<typeof events.$inferInsert>) {
  const [updated] = await db
    .update(events)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(events.id, id))
    .returning();
  return updated;
}

/** Organisers of many events at once, with their names. */
export async function organisersOf(db: Executor, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return db
    .select({
      eventId: eventOrganisers.eventId,
      organisationId: eventOrganisers.organisationId,
      connectionPointId: eventOrganisers.connectionPointId,
      name: sql<string>`coalesce(${organisations.nameVi}, ${connectionPoints.nameVi}, '')`,
    })
    .from(eventOrganisers)
    .leftJoin(organisations, eq(organisations.id, eventOrganisers.organisationId))
    .leftJoin(connectionPoints, eq(connectionPoints.id, eventOrganisers.connectionPointId))
    .where(inArray(eventOrganisers.eventId, eventIds))
    .orderBy(eventOrganisers.id);
}

export async function replaceOrganisers(db: Executor, eventId: string, rows: Array<{ organisationId: string | null; connectionPointId: string | null }>) {
  await db.delete(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
  if (rows.length) await db.insert(eventOrganisers).values(rows.map((r) => ({ ...r, eventId })));
}

export async function activitiesOf(db: Executor, eventId: string) {
  return db.select().from(eventActivities).where(eq(eventActivities.eventId, eventId)).orderBy(asc(eventActivities.position));
}

export async function replaceActivities(db: Executor, eventId: string, rows: Array<Omit<typeof eventActivities.$inferInsert, 'eventId' | 'position'>>) {
  await db.delete(eventActivities).where(eq(eventActivities.eventId, eventId));
  if (rows.length) await db.insert(eventActivities).values(rows.map((r, position) => ({ ...r, eventId, position })));
}

export async function existingOrganisations(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: organisations.id, name: organisations.nameVi }).from(organisations).where(inArray(organisations.id, ids));
}

export async function existingConnectionPoints(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: connectionPoints.id, name: connectionPoints.nameVi }).from(connectionPoints).where(inArray(connectionPoints.id, ids));
}

/** Offers shown at an event by its approved exhibitors and suppliers. */
export async function exhibitsOf(db: Executor, eventId: string) {
  return db
    .select({
      offerId: offers.id,
      title: offers.title,
      ownerName: sql<string | null>`coalesce(${organisations.nameVi}, ${offers.ownerName})`,
      booth: eventRegistrations.booth,
    })
    .from(eventExhibits)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventExhibits.registrationId))
    .innerJoin(offers, eq(offers.id, eventExhibits.offerId))
    .leftJoin(organisations, eq(organisations.id, offers.ownerOrganisationId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'approved'), eq(offers.status, 'published')))
    .orderBy(offers.title);
}

export async function exhibitOfferIds(db: Executor, registrationId: string) {
  const rows = await db.select({ offerId: eventExhibits.offerId }).from(eventExhibits).where(eq(eventExhibits.registrationId, registrationId));
  return rows.map((r) => r.offerId);
}

export async function replaceExhibits(db: Executor, registrationId: string, offerIds: string[]) {
  await db.delete(eventExhibits).where(eq(eventExhibits.registrationId, registrationId));
  if (offerIds.length) await db.insert(eventExhibits).values(offerIds.map((offerId) => ({ registrationId, offerId })));
}

export async function offersForExhibit(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: offers.id, status: offers.status, ownerOrganisationId: offers.ownerOrganisationId }).from(offers).where(inArray(offers.id, ids));
}

export async function findRegistration(db: Executor, id: string) {
  const [row] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id));
  return row;
}

export async function registrationOfUser(db: Executor, eventId: string, userId: string) {
  const [row] = await db
    .select({ registration: eventRegistrations, organisationName: organisations.nameVi })
    .from(eventRegistrations)
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
  return row;
}

export async function insertRegistration(db: Executor, row: typeof eventRegistrations.$inferInsert) {
  const [inserted] = await db.insert(eventRegistrations).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateRegistration(db: Executor, id: string, patch: Partial<typeof eventRegistrations.$inferInsert>) {
  const [updated] = await db.update(eventRegistrations).set(patch).where(eq(eventRegistrations.id, id)).returning();
  return updated;
}

/** Registrations of an event with the person's and organisation's names; approved ones only when asked. */
/** A page of an event's registrations, in the order they came; and how many there are. */
export async function registrationPage(db: Executor, eventId: string, filter: { cursor?: string; limit: number }) {
  const order = keyset([
    { column: eventRegistrations.createdAt, kind: 'timestamp', direction: 'asc' },
    { column: eventRegistrations.id, kind: 'uuid', direction: 'asc' },
  ]);
  const ofEvent = eq(eventRegistrations.eventId, eventId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ registration: eventRegistrations, personName: users.name, organisationName: organisations.nameVi, cursorKey: order.cursorKey })
      .from(eventRegistrations)
      .innerJoin(users, eq(users.id, eventRegistrations.userId))
      .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
      .where(and(ofEvent, order.after(filter.cursor)))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(eventRegistrations).innerJoin(users, eq(users.id, eventRegistrations.userId)).where(ofEvent),
  ]);
  return { ...toPage(rows, filter.limit), total };
}

export async function registrationsOf(db: Executor, eventId: string, approvedOnly = false) {
  const where = approvedOnly
    ? and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'approved'))
    : eq(eventRegistrations.eventId, eventId);
  return db
    .select({ registration: eventRegistrations, personName: users.name, organisationName: organisations.nameVi })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(where)
    .orderBy(asc(eventRegistrations.createdAt));
}

/** Marks a new catalogue record as collected at the event. */
export async function linkCollectedRecord(db: Executor, row: typeof eventCollectedRecords.$inferInsert) {
  await db.insert(eventCollectedRecords).values(row);
}

/** Offers and demands collected at the event that still exist, whatever their status now. */
export async function collectedCounts(db: Executor, eventId: string) {
  const inEvent = eq(eventCollectedRecords.eventId, eventId);
  const count = sql<number>`count(*)::int`;
  const [[offersCollected], [demandsCollected]] = await Promise.all([
    db
      .select({ n: count })
      .from(eventCollectedRecords)
      .innerJoin(offers, and(eq(eventCollectedRecords.recordType, 'offer'), eq(offers.id, eventCollectedRecords.recordId)))
      .where(inEvent),
    db
      .select({ n: count })
      .from(eventCollectedRecords)
      .innerJoin(demands, and(eq(eventCollectedRecords.recordType, 'demand'), eq(demands.id, eventCollectedRecords.recordId)))
      .where(inEvent),
  ]);
  return { offers: offersCollected.n, demands: demandsCollected.n };
}
