import type { Db, Executor } from '../../../db/client.js';
import { sideOfRole, type RegistrationRole, type RequestStatus } from '../../../shared/events/event-codes.js';
import type { AnswerBody, MeetingRequestBody, ParticipantListQuery, SessionBody, UnavailabilityBody } from '../../../shared/events/events.schemas.js';
import { fold } from '../../../domain/text/fold.js';
import { AppError, FieldError, type FieldProblem } from '../../errors.js';
import { recordAudit, systemContext, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { notify } from '../notifications/notifications.service.js';
import { authorizeManageEvent, authorizeOwnApproved, canSeeParticipants } from './events.policy.js';
import * as events from './events.repository.js';
import * as repo from './meetings.repository.js';
import * as people from './participants.repository.js';

/** The B2B sessions of an event with their slots (public: the event page shows them). */
export async function sessionsWithSlots(db: Executor, eventId: string) {
  const sessions = await repo.sessionsOf(db, eventId);
  const slots = await repo.slotsOf(
    db,
    sessions.map((s) => s.id),
  );
  return sessions.map((s) => ({
    id: s.id,
    title: s.title,
    tables: s.tables,
    maxPendingOutgoing: s.maxPendingOutgoing,
    maxMeetingsPerPerson: s.maxMeetingsPerPerson,
    requestExpiryHours: s.requestExpiryHours,
    autoAccept: s.autoAccept,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    slots: slots
      .filter((slot) => slot.sessionId === s.id)
      .map((slot) => ({ id: slot.id, position: slot.position, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() })),
  }));
}

const dayIn = (instant: Date, timeZone: string) => instant.toLocaleDateString('en-CA', { timeZone });

/** An event's organisers add a B2B session: its slots (in order, not overlapping, within the event's dates) and tables. */
export async function createSession(db: Db, actor: Actor, ctx: AuditContext, eventId: string, body: SessionBody) {
  const event = await events.findEvent(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  authorizeManageEvent(actor, await events.organisersOf(db, [eventId]));
  const slots = body.slots.map((s) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }));
  const problems: FieldProblem[] = [];
  slots.forEach((s, i) => {
    if (s.endsAt <= s.startsAt) problems.push({ path: `slots.${i}.endsAt`, key: 'ends_before_start' });
    const first = dayIn(s.startsAt, event.timeZone);
    const last = dayIn(s.endsAt, event.timeZone);
    if (first < event.startsOn || last > event.endsOn) problems.push({ path: `slots.${i}.startsAt`, key: 'outside_event_dates' });
  });
  const order = slots.map((s, i) => ({ ...s, i })).sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  for (let k = 1; k < order.length; k++)
    if (order[k].startsAt < order[k - 1].endsAt) problems.push({ path: `slots.${order[k].i}.startsAt`, key: 'slots_overlap' });
  if (problems.length) throw new FieldError(problems);
  return db.transaction(async (tx) => {
    const { slots: _given, ...rules } = body;
    const session = await repo.insertSession(
      tx,
      { ...rules, eventId },
      order.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    );
    await recordAudit(tx, ctx, { action: 'event.session.create', entityType: 'event-session', entityId: session.id, after: { ...session, slots: body.slots } });
    return { id: session.id };
  });
}

/**
 * Pending requests past their time become expired, and both people are told. Checked whenever a
 * session's requests are read or written, so no clock job is needed and nothing expires unseen.
 */
export async function expirePending(db: Executor, sessionId: string) {
  const expired = await repo.expireRequests(db, sessionId, new Date());
  if (expired.length === 0) return;
  const session = await repo.findSession(db, sessionId);
  const event = await events.findEvent(db, session.eventId);
  const people = await repo.namesOf(
    db,
    expired.flatMap((r) => [r.from, r.to]),
  );
  const person = new Map(people.map((p) => [p.id, p]));
  for (const r of expired) {
    await recordAudit(db, systemContext, {
      action: 'event.meeting-request.expire',
      entityType: 'meeting-request',
      entityId: r.id,
      after: { status: 'expired' },
    });
    const from = person.get(r.from);
    const to = person.get(r.to);
    if (!from || !to) continue;
    await notify(db, [from.userId, to.userId], {
      kind: 'event.meeting-expired',
      params: { from: from.name, to: to.name, event: event?.name ?? '' },
      link: `/events/${session.eventId}`,
    });
  }
}

async function loadSession(db: Executor, sessionId: string) {
  const session = await repo.findSession(db, sessionId);
  if (!session) throw new AppError('NOT_FOUND', { entity: 'event-session' });
  const event = await events.findEvent(db, session.eventId);
  const organisers = await events.organisersOf(db, [session.eventId]);
  return { session, event: event!, organisers };
}

async function myRegistration(db: Executor, actor: Actor, eventId: string) {
  return (await events.registrationOfUser(db, eventId, actor.userId))?.registration;
}

/**
 * Approved participants (but the caller), a page at a time, for choosing whom to meet: those the matcher
 * pairs with the caller's organisation first, best match first. Organisers and approved participants only.
 */
export async function participants(db: Db, actor: Actor, eventId: string, query: ParticipantListQuery) {
  const organisers = await events.organisersOf(db, [eventId]);
  const mine = await myRegistration(db, actor, eventId);
  if (!(await events.findEvent(db, eventId))) throw new AppError('NOT_FOUND', { entity: 'event' });
  if (!canSeeParticipants(actor, organisers, mine ?? null)) throw new AppError('FORBIDDEN', { reason: 'registration_not_approved' });
  const folded = query.q ? fold(query.q) : '';
  const { rows, total, nextCursor } = await people.participantPage(db, eventId, {
    ...query,
    foldedQuery: folded || undefined,
    exceptUserId: actor.userId,
    mine: mine?.organisationId ? { organisationId: mine.organisationId, seeks: sideOfRole(mine.role as RegistrationRole) === 'demand' } : null,
  });
  const matchOf = await suggestedMatches(db, mine ?? null, rows);
  return {
    total,
    nextCursor,
    items: rows.map(({ registration: r, personName, organisationName }) => ({
      registrationId: r.id,
      role: r.role as RegistrationRole,
      personName,
      organisationId: r.organisationId,
      organisationName,
      wantsToMeet: r.wantsToMeet,
      match: (r.organisationId && matchOf.get(r.organisationId)) || null,
    })),
  };
}

/** For each other organisation: the matcher's best match with the caller's, on the side that makes sense (their demand × our offer, or back). */
async function suggestedMatches(
  db: Executor,
  mine: { organisationId: string | null; role: string } | null,
  others: Array<{ registration: { organisationId: string | null; role: string } }>,
) {
  const found = new Map<string, { score: number; demandTitle: string; offerTitle: string }>();
  if (!mine?.organisationId) return found;
  const iSeek = sideOfRole(mine.role as RegistrationRole) === 'demand';
  const otherOrgs = [
    ...new Set(
      others
        .filter((o) => sideOfRole(o.registration.role as RegistrationRole) !== (iSeek ? 'demand' : 'supply'))
        .flatMap((o) => (o.registration.organisationId ? [o.registration.organisationId] : [])),
    ),
  ];
  const rows = iSeek ? await repo.matchesBetween(db, [mine.organisationId], otherOrgs) : await repo.matchesBetween(db, otherOrgs, [mine.organisationId]);
  for (const row of rows) {
    const other = iSeek ? row.supplierOrganisationId : row.seekerOrganisationId;
    if (other && !found.has(other)) found.set(other, { score: row.score, demandTitle: row.demandTitle, offerTitle: row.offerTitle });
  }
  return found;
}

export async function myUnavailability(db: Db, actor: Actor, sessionId: string) {
  const { session } = await loadSession(db, sessionId);
  const mine = await myRegistration(db, actor, session.eventId);
  authorizeOwnApproved(actor, mine);
  return { slotIds: await repo.unavailableSlotIds(db, mine!.id, sessionId) };
}

/** A participant marks the slots in which they cannot meet (replacing the earlier choice). */
export async function setUnavailability(db: Db, actor: Actor, ctx: AuditContext, sessionId: string, body: UnavailabilityBody) {
  const { session } = await loadSession(db, sessionId);
  const mine = await myRegistration(db, actor, session.eventId);
  authorizeOwnApproved(actor, mine);
  const sessionSlots = (await repo.slotsOf(db, [sessionId])).map((s) => s.id);
  const slotIds = [...new Set(body.slotIds)];
  const problems = slotIds.flatMap((id, i) => (sessionSlots.includes(id) ? [] : [{ path: `slotIds.${i}`, key: 'unknown_slot' }]));
  if (problems.length) throw new FieldError(problems);
  return db.transaction(async (tx) => {
    const before = await repo.unavailableSlotIds(tx, mine!.id, sessionId);
    await repo.replaceUnavailability(tx, mine!.id, sessionSlots, slotIds);
    await recordAudit(tx, ctx, {
      action: 'event.unavailability.set',
      entityType: 'event-registration',
      entityId: mine!.id,
      before: { sessionId, slotIds: before },
      after: { sessionId, slotIds },
    });
    return { slotIds };
  });
}

/** A participant's requests in a session, outgoing and incoming, oldest first, a page at a time; nobody else's. */
export async function myRequests(db: Db, actor: Actor, sessionId: string, query: { cursor?: string; limit: number }) {
  const { session } = await loadSession(db, sessionId);
  const mine = await myRegistration(db, actor, session.eventId);
  authorizeOwnApproved(actor, mine);
  await expirePending(db, sessionId);
  const { rows, total, nextCursor } = await people.requestPage(db, sessionId, mine!.id, query);
  return {
    total,
    nextCursor,
    items: rows.map((r) => ({
      id: r.request.id,
      direction: r.request.fromRegistrationId === mine!.id ? ('outgoing' as const) : ('incoming' as const),
      status: r.request.status as RequestStatus,
      reason: r.request.reason,
      priority: r.request.priority,
      otherName: r.name,
      otherOrganisation: r.organisation,
      expiresAt: r.request.expiresAt.toISOString(),
      createdAt: r.request.createdAt.toISOString(),
    })),
  };
}

/**
 * A participant asks another to meet, with a short reason. Refused: oneself, someone not approved,
 * two people on the same side, a second live request between the same two, or over the caps on
 * pending outgoing requests and on meetings. A pending request holds no slot.
 */
export async function requestMeeting(db: Db, actor: Actor, ctx: AuditContext, sessionId: string, body: MeetingRequestBody) {
  const { session, event } = await loadSession(db, sessionId);
  const mine = await myRegistration(db, actor, session.eventId);
  authorizeOwnApproved(actor, mine);
  return db.transaction(async (tx) => {
    const now = new Date();
    await expirePending(tx, sessionId);
    if (body.toRegistrationId === mine!.id) throw new FieldError([{ path: 'toRegistrationId', key: 'request_to_oneself' }]);
    const other = await events.findRegistration(tx, body.toRegistrationId);
    if (!other || other.eventId !== session.eventId || other.status !== 'approved')
      throw new FieldError([{ path: 'toRegistrationId', key: 'not_a_participant' }]);
    if (sideOfRole(other.role as RegistrationRole) === sideOfRole(mine!.role as RegistrationRole))
      throw new FieldError([{ path: 'toRegistrationId', key: 'same_side' }]);
    if (await repo.liveRequestBetween(tx, sessionId, mine!.id, other.id)) throw new AppError('ALREADY_EXISTS', { entity: 'meeting-request' });
    if ((await repo.countPendingOutgoing(tx, sessionId, mine!.id)) >= session.maxPendingOutgoing)
      throw new FieldError([{ path: 'toRegistrationId', key: 'pending_cap_reached' }]);
    if ((await repo.countAccepted(tx, sessionId, mine!.id)) >= session.maxMeetingsPerPerson)
      throw new FieldError([{ path: 'toRegistrationId', key: 'meeting_cap_reached' }]);
    const autoAccept = session.autoAccept && (await repo.countAccepted(tx, sessionId, other.id)) < session.maxMeetingsPerPerson;
    const request = await repo.insertRequest(tx, {
      sessionId,
      fromRegistrationId: mine!.id,
      toRegistrationId: other.id,
      reason: body.reason,
      priority: body.priority,
      status: autoAccept ? 'accepted' : 'pending',
      answeredAt: autoAccept ? now : null,
      expiresAt: new Date(now.getTime() + session.requestExpiryHours * 3_600_000),
    });
    await recordAudit(tx, ctx, { action: 'event.meeting-request.create', entityType: 'meeting-request', entityId: request.id, after: request });
    await notify(tx, [other.userId], {
      kind: 'event.meeting-requested',
      params: { by: actor.name, event: event.name, reason: body.reason },
      link: `/events/${event.id}`,
    });
    return { id: request.id, status: request.status };
  });
}

/** The person asked accepts (within both people's meeting caps) or declines a pending request. */
export async function answerRequest(db: Db, actor: Actor, ctx: AuditContext, requestId: string, body: AnswerBody) {
  return db.transaction(async (tx) => {
    const before = await repo.findRequest(tx, requestId);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'meeting-request' });
    const { session, event } = await loadSession(tx, before.sessionId);
    const mine = await myRegistration(tx, actor, session.eventId);
    if (!mine || mine.id !== before.toRegistrationId) throw new AppError('NOT_FOUND', { entity: 'meeting-request' });
    authorizeOwnApproved(actor, mine);
    await expirePending(tx, before.sessionId);
    const current = await repo.findRequest(tx, requestId);
    if (current.status !== 'pending') throw new AppError('INVALID_TRANSITION', { from: current.status });
    if (body.accept) {
      if ((await repo.countAccepted(tx, session.id, mine.id)) >= session.maxMeetingsPerPerson)
        throw new FieldError([{ path: 'accept', key: 'meeting_cap_reached' }]);
      if ((await repo.countAccepted(tx, session.id, before.fromRegistrationId)) >= session.maxMeetingsPerPerson)
        throw new FieldError([{ path: 'accept', key: 'partner_meeting_cap_reached' }]);
    }
    const after = await repo.updateRequest(tx, requestId, { status: body.accept ? 'accepted' : 'declined', answeredAt: new Date() });
    await recordAudit(tx, ctx, {
      action: body.accept ? 'event.meeting-request.accept' : 'event.meeting-request.decline',
      entityType: 'meeting-request',
      entityId: requestId,
      before: current,
      after,
    });
    const asker = await events.findRegistration(tx, before.fromRegistrationId);
    await notify(tx, [asker.userId], {
      kind: 'event.meeting-answered',
      params: { by: actor.name, event: event.name, accepted: body.accept ? 1 : 0 },
      link: `/events/${event.id}`,
    });
    return { id: requestId, status: after.status };
  });
}

/** Either side withdraws a pending or accepted request; a published meeting of it is cancelled (its calendar entry says so). */
export async function cancelRequest(db: Db, actor: Actor, ctx: AuditContext, requestId: string) {
  return db.transaction(async (tx) => {
    const before = await repo.findRequest(tx, requestId);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'meeting-request' });
    const { session } = await loadSession(tx, before.sessionId);
    const mine = await myRegistration(tx, actor, session.eventId);
    if (!mine || (mine.id !== before.toRegistrationId && mine.id !== before.fromRegistrationId)) throw new AppError('NOT_FOUND', { entity: 'meeting-request' });
    if (!['pending', 'accepted'].includes(before.status)) throw new AppError('INVALID_TRANSITION', { from: before.status });
    const after = await repo.updateRequest(tx, requestId, { status: 'cancelled', answeredAt: new Date() });
    const meeting = await repo.findMeetingOfRequest(tx, requestId);
    if (meeting && meeting.status === 'confirmed') await repo.updateMeeting(tx, meeting.id, { status: 'cancelled', sequence: meeting.sequence + 1 });
    await recordAudit(tx, ctx, { action: 'event.meeting-request.cancel', entityType: 'meeting-request', entityId: requestId, before, after });
    return { id: requestId, status: after.status };
  });
}

export { loadSession };
