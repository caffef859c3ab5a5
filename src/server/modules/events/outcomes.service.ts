import type { Db, Executor } from '../../../db/client.js';
import { badgeCodeOf, normaliseBadgeCode, sideOfRole, type MeetingOutcome, type RegistrationRole } from '../../../shared/events/event-codes.js';
import type { CheckInBody, OutcomeBody, WalkInBody } from '../../../shared/events/events.schemas.js';
import { randomBytes } from 'node:crypto';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { changeStage, createConnection } from '../connections/connections.service.js';
import { authorizeManageEvent, authorizeMeetingSide } from './events.policy.js';
import * as events from './events.repository.js';
import * as repo from './outcomes.repository.js';
import { badgePage } from './participants.repository.js';

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

type Side = { id: string; role: string; organisationId: string | null };

/**
 * The connection a "cooperation possible" answer opens or joins. The first side to say so opens it
 * (channel `event`, linked to the event and to the matcher's best demand–offer pair between the two
 * organisations, if any); when the other side says so too, that answers it: accepted, and the
 * meeting at the event is its meeting stage. Null when a side has no organisation on the platform.
 */
async function connectionFor(
  tx: Executor,
  actor: Actor,
  ctx: AuditContext,
  at: { eventId: string; eventName: string; meetingId: string; startsAt: Date; reason: string; note: string | null },
  mine: Side,
  partner: Side,
): Promise<string | null> {
  const opened = (await repo.outcomesOfMeeting(tx, at.meetingId)).find((o) => o.registrationId === partner.id && o.connectionId);
  if (opened?.connectionId) {
    const id = opened.connectionId;
    const current = await repo.connectionStage(tx, id);
    if (current?.stage === 'proposed') {
      const accepted = await changeStage(tx as Db, actor, ctx, id, { stage: 'accepted', version: current.version, note: at.note ?? undefined });
      await changeStage(tx as Db, actor, ctx, id, { stage: 'meeting', occurredOn: dayOf(at.startsAt), version: accepted.version });
    }
    return id;
  }
  const seeker = sideOfRole(mine.role as RegistrationRole) === 'demand' ? mine : partner;
  const supplier = seeker === mine ? partner : mine;
  if (!seeker.organisationId || !supplier.organisationId) return null;
  const match = await repo.bestMatchBetween(tx, seeker.organisationId, supplier.organisationId);
  const created = await createConnection(tx as Db, actor, ctx, {
    demandId: match?.demandId,
    offerId: match?.offerId,
    seekerOrganisationId: seeker.organisationId,
    supplierOrganisationId: supplier.organisationId,
    origin: match ? 'match' : 'broker',
    channel: 'event',
    eventId: at.eventId,
    message: [`Gặp gỡ B2B tại ${at.eventName} (${dayOf(at.startsAt)}): ${at.reason}`, at.note].filter(Boolean).join('\n'),
  });
  return created.id;
}

/**
 * One side of a published meeting says what came of it, once its slot has begun. "Cooperation
 * possible" opens (or answers) a connection in the pipeline; an answer that opened one stands
 * (the pipeline is where it goes on or is declined).
 */
export async function recordOutcome(db: Db, actor: Actor, ctx: AuditContext, meetingId: string, body: OutcomeBody) {
  const found = await repo.meetingContext(db, meetingId);
  if (!found || !found.session.publishedAt) throw new AppError('NOT_FOUND', { entity: 'meeting' });
  const { meeting, request, session, startsAt } = found;
  const event = await events.findEvent(db, session.eventId);
  const mine = (await events.registrationOfUser(db, session.eventId, actor.userId))?.registration;
  authorizeMeetingSide(actor, mine, request);
  if (meeting.status !== 'confirmed') throw new AppError('INVALID_TRANSITION', { reason: 'meeting_cancelled' });
  if (startsAt > new Date()) throw new AppError('INVALID_TRANSITION', { reason: 'meeting_not_started' });
  const partnerId = request.fromRegistrationId === mine.id ? request.toRegistrationId : request.fromRegistrationId;
  const partner = await events.findRegistration(db, partnerId);
  return db.transaction(async (tx) => {
    const before = (await repo.outcomesOfMeeting(tx, meetingId)).find((o) => o.registrationId === mine.id);
    if (before?.connectionId && before.outcome !== body.outcome) throw new AppError('INVALID_TRANSITION', { reason: 'outcome_opened_connection' });
    const note = body.note?.normalize('NFC') ?? null;
    const connectionId =
      before?.connectionId ??
      (body.outcome === 'cooperation-possible'
        ? await connectionFor(tx, actor, ctx, { eventId: event!.id, eventName: event!.name, meetingId, startsAt, reason: request.reason, note }, mine, partner!)
        : null);
    const saved = await repo.saveOutcome(tx, { meetingId, registrationId: mine.id, outcome: body.outcome, note, connectionId });
    await recordAudit(tx, ctx, {
      action: 'event.meeting.outcome',
      entityType: 'event-meeting',
      entityId: meetingId,
      organisationId: mine.organisationId,
      before: before ?? null,
      after: saved,
    });
    const stage = connectionId ? ((await repo.connectionStage(tx, connectionId))?.stage ?? null) : null;
    return { meetingId, outcome: saved.outcome as MeetingOutcome, connectionId, connectionStage: stage };
  });
}

/** The caller's answers at an event, by meeting id (for the agenda). */
export async function myOutcomes(db: Executor, registrationId: string) {
  return new Map((await repo.outcomesOfRegistration(db, registrationId)).map((o) => [o.meetingId, o]));
}

/** An organiser's staff scan (or type) a badge; a repeated scan is counted once and says so. */
export async function checkIn(db: Db, actor: Actor, ctx: AuditContext, eventId: string, body: CheckInBody) {
  const event = await events.findEvent(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  authorizeManageEvent(actor, await events.organisersOf(db, [eventId]));
  const code = normaliseBadgeCode(body.code.replace(/^TB:/i, ''));
  if (!code) throw new FieldError([{ path: 'code', key: 'badge_code_format' }]);
  const found = await repo.registrationByBadge(db, eventId, code);
  if (found.length !== 1) throw new FieldError([{ path: 'code', key: 'unknown_badge' }]);
  const { registration, personName, organisationName } = found[0];
  if (registration.status !== 'approved') throw new FieldError([{ path: 'code', key: 'badge_not_approved' }]);
  const scannedAt = body.scannedAt ? new Date(body.scannedAt) : new Date();
  if (scannedAt.getTime() > Date.now() + 5 * 60_000) throw new FieldError([{ path: 'scannedAt', key: 'date_out_of_range' }]);
  return db.transaction(async (tx) => {
    const { scan, already } = await repo.checkIn(tx, registration.id, scannedAt, actor.userId);
    if (!already) await recordAudit(tx, ctx, { action: 'event.check-in', entityType: 'event-registration', entityId: registration.id, after: { scannedAt } });
    return {
      registrationId: registration.id,
      personName,
      organisationName,
      role: registration.role as RegistrationRole,
      already,
      scannedAt: scan.scannedAt.toISOString(),
      checkedIn: await repo.countCheckIns(tx, eventId),
    };
  });
}

/** Printable badges of the approved participants by name, a page at a time, for the organisers. */
export async function badges(db: Db, actor: Actor, eventId: string, query: { cursor?: string; limit: number }) {
  const event = await events.findEvent(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  authorizeManageEvent(actor, await events.organisersOf(db, [eventId]));
  const { rows, total, nextCursor } = await badgePage(db, eventId, query);
  return {
    eventName: event.name,
    total,
    nextCursor,
    items: rows.map(({ registration: r, personName, organisationName }) => ({
      registrationId: r.id,
      code: badgeCodeOf(r.id),
      personName,
      organisationName,
      role: r.role as RegistrationRole,
      booth: r.booth,
    })),
  };
}

const contractKinds = new Set(['transfer-contract', 'consulting-contract']);

/** The organisers' live dashboard of an event; every figure says what it counts, and the meeting figures add up. */
export async function dashboard(db: Db, actor: Actor, eventId: string) {
  const event = await events.findEvent(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  authorizeManageEvent(actor, await events.organisersOf(db, [eventId]));
  const [f, checkedIn, collected] = await Promise.all([
    repo.dashboardFigures(db, eventId),
    repo.countCheckIns(db, eventId),
    events.collectedCounts(db, eventId),
  ]);
  const requested = f.requests.reduce((n, r) => n + r.count, 0);
  const accepted = f.requests.find((r) => r.status === 'accepted')?.count ?? 0;
  // A table host's mark is what happened; the sides' answers count only for meetings nobody marked.
  const state = (m: (typeof f.meetingRows)[number]) =>
    m.attendance ? (m.attendance === 'held' ? 'held' : 'notHeld') : m.held > 0 ? 'held' : m.notHeld > 0 ? 'notHeld' : 'unanswered';
  const held = f.meetingRows.filter((m) => state(m) === 'held').length;
  const notHeld = f.meetingRows.filter((m) => state(m) === 'notHeld').length;
  const noShow = f.meetingRows.filter((m) => m.attendance && m.attendance !== 'held').length;
  const sum = (rows: typeof f.agreementRows) => ({ count: rows.reduce((n, r) => n + r.count, 0), valueVnd: rows.reduce((n, r) => n + Number(r.valueVnd), 0) });
  return {
    registrations: f.registrations.map((r) => ({ ...r, role: r.role as RegistrationRole, status: r.status as 'approved' })),
    checkedIn,
    booths: f.booths,
    technologiesShown: f.technologiesShown,
    collected,
    meetings: { requested, accepted, scheduled: f.meetingRows.length, held, notHeld, unanswered: f.meetingRows.length - held - notHeld, noShow },
    outcomes: f.outcomeRows.map((o) => ({ outcome: o.outcome as MeetingOutcome, count: o.count })),
    connections: { opened: f.connectionRows.reduce((n, r) => n + r.count, 0), byStage: f.connectionRows },
    mous: sum(f.agreementRows.filter((a) => a.kind === 'mou')),
    contracts: sum(f.agreementRows.filter((a) => contractKinds.has(a.kind))),
  };
}

/**
 * A walk-in: organiser staff register a person with an account on the spot (approved, with their
 * organisation) and check them in; someone already registered is approved if need be and checked in.
 */
export async function walkIn(db: Db, actor: Actor, ctx: AuditContext, eventId: string, body: WalkInBody) {
  const event = await events.findEvent(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  authorizeManageEvent(actor, await events.organisersOf(db, [eventId]));
  const person = await repo.personByEmail(db, body.email);
  if (!person) throw new FieldError([{ path: 'email', key: 'unknown_account' }]);
  const existing = (await events.registrationOfUser(db, eventId, person.id))?.registration;
  if (existing?.status === 'refused') throw new FieldError([{ path: 'email', key: 'badge_not_approved' }]);
  const registrationId = await db.transaction(async (tx) => {
    let id = existing?.id;
    if (!existing) {
      const row = await events.insertRegistration(tx, {
        eventId,
        userId: person.id,
        organisationId: person.organisationId,
        role: body.role,
        status: 'approved',
        note: 'walk-in',
        calendarToken: randomBytes(24).toString('base64url'),
        decidedBy: actor.userId,
        decidedAt: new Date(),
      });
      id = row!.id;
      await recordAudit(tx, ctx, {
        action: 'event.walk-in',
        entityType: 'event-registration',
        entityId: id,
        organisationId: person.organisationId,
        after: row,
      });
    } else if (existing.status === 'pending') {
      await events.updateRegistration(tx, existing.id, { status: 'approved', decidedBy: actor.userId, decidedAt: new Date() });
      await recordAudit(tx, ctx, { action: 'event.registration.approve', entityType: 'event-registration', entityId: existing.id, before: existing });
    }
    return id!;
  });
  return checkIn(db, actor, ctx, eventId, { code: badgeCodeOf(registrationId) });
}
