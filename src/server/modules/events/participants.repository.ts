import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demands, eventMeetingRequests, eventRegistrations, matches, offers, organisations, users } from '../../../db/schema/index.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

const demandRoles = ['seeker', 'visitor'];
const supplyRoles = ['exhibitor', 'supplier'];
type Page = { cursor?: string; limit: number };

/**
 * The matcher's best score between the caller's organisation and a participant's on the other side
 * (their demand × our offer, or back), −1 without one: the first key of the participants' order.
 */
function bestMatchWith(mine: { organisationId: string; seeks: boolean } | null): SQL {
  // An expression, not a bare number: ORDER BY would read a bare number as a column position.
  if (!mine) return sql`cast(-1 as integer)`;
  const [seeker, supplier] = mine.seeks
    ? [sql`${mine.organisationId}::uuid`, eventRegistrations.organisationId]
    : [eventRegistrations.organisationId, sql`${mine.organisationId}::uuid`];
  const theirSide = mine.seeks ? supplyRoles : demandRoles;
  return sql`coalesce((select max(${matches.score}) from ${matches}
    join ${demands} on ${demands.id} = ${matches.demandId} join ${offers} on ${offers.id} = ${matches.offerId}
    where ${demands.ownerOrganisationId} = ${seeker} and ${offers.ownerOrganisationId} = ${supplier}
      and ${demands.status} in ('open', 'connecting') and ${offers.status} = 'published'
      and ${inArray(eventRegistrations.role, theirSide)}), -1)`;
}

/**
 * A page of an event's approved participants but the caller: the best match with the caller's
 * organisation first, then by name; `q` finds a name or organisation (accents folded), `side` keeps one side.
 */
export async function participantPage(
  db: Executor,
  eventId: string,
  filter: Page & { exceptUserId: string; foldedQuery?: string; side?: 'demand' | 'supply'; mine: { organisationId: string; seeks: boolean } | null },
) {
  const order = keyset([
    { column: bestMatchWith(filter.mine), kind: 'integer', direction: 'desc' },
    { column: users.name, kind: 'text', direction: 'asc' },
    { column: eventRegistrations.id, kind: 'uuid', direction: 'asc' },
  ]);
  const pattern = filter.foldedQuery ? containsPattern(filter.foldedQuery) : null;
  const where = and(
    eq(eventRegistrations.eventId, eventId),
    eq(eventRegistrations.status, 'approved'),
    ne(eventRegistrations.userId, filter.exceptUserId),
    filter.side ? inArray(eventRegistrations.role, filter.side === 'demand' ? demandRoles : supplyRoles) : undefined,
    pattern ? sql`(tb_fold(${users.name}) like ${pattern} or tb_fold(coalesce(${organisations.nameVi}, '')) like ${pattern})` : undefined,
  );
  const base = () =>
    db
      .select({ registration: eventRegistrations, personName: users.name, organisationName: organisations.nameVi, cursorKey: order.cursorKey })
      .from(eventRegistrations)
      .innerJoin(users, eq(users.id, eventRegistrations.userId))
      .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId));
  const [rows, [{ total }]] = await Promise.all([
    base()
      .where(and(where, order.after(filter.cursor)))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db
      .select({ total: countAll })
      .from(eventRegistrations)
      .innerJoin(users, eq(users.id, eventRegistrations.userId))
      .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
      .where(where),
  ]);
  return { ...toPage(rows, filter.limit), total };
}

/** A page of one person's requests in a session, both ways, oldest first, with the other person's name. */
export async function requestPage(db: Executor, sessionId: string, registrationId: string, filter: Page) {
  const order = keyset([
    { column: eventMeetingRequests.createdAt, kind: 'timestamp', direction: 'asc' },
    { column: eventMeetingRequests.id, kind: 'uuid', direction: 'asc' },
  ]);
  const where = and(
    eq(eventMeetingRequests.sessionId, sessionId),
    or(eq(eventMeetingRequests.fromRegistrationId, registrationId), eq(eventMeetingRequests.toRegistrationId, registrationId)),
  );
  const otherId = sql`case when ${eventMeetingRequests.fromRegistrationId} = ${registrationId}::uuid then ${eventMeetingRequests.toRegistrationId} else ${eventMeetingRequests.fromRegistrationId} end`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ request: eventMeetingRequests, name: users.name, organisation: organisations.nameVi, cursorKey: order.cursorKey })
      .from(eventMeetingRequests)
      .innerJoin(eventRegistrations, sql`${eventRegistrations.id} = ${otherId}`)
      .innerJoin(users, eq(users.id, eventRegistrations.userId))
      .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
      .where(and(where, order.after(filter.cursor)))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(eventMeetingRequests).where(where),
  ]);
  return { ...toPage(rows, filter.limit), total };
}

/** A page of the badges to print: approved participants by name. */
export async function badgePage(db: Executor, eventId: string, filter: Page) {
  const order = keyset([
    { column: users.name, kind: 'text', direction: 'asc' },
    { column: eventRegistrations.id, kind: 'uuid', direction: 'asc' },
  ]);
  const where = and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'approved'));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ registration: eventRegistrations, personName: users.name, organisationName: organisations.nameVi, cursorKey: order.cursorKey })
      .from(eventRegistrations)
      .innerJoin(users, eq(users.id, eventRegistrations.userId))
      .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
      .where(and(where, order.after(filter.cursor)))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(eventRegistrations).innerJoin(users, eq(users.id, eventRegistrations.userId)).where(where),
  ]);
  return { ...toPage(rows, filter.limit), total };
}
