import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client.js';
import type { ActivityKind, EventKind, RegistrationRole, RegistrationStatus } from '../../../shared/events/event-codes.js';
import type { DecisionBody, EventBody, ExhibitsBody, RegistrationBody } from '../../../shared/events/events.schemas.js';
import { AppError, FieldError, type FieldProblem } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { isMemberOf, type Actor } from '../auth/actor.js';
import { notify } from '../notifications/notifications.service.js';
import { findProvince } from '../reference/reference.repository.js';
import {
  authorizeCreateEvent,
  authorizeManageEvent,
  authorizeOrganisers,
  authorizeRegisterFor,
  authorizeShowExhibits,
  canCreateEvents,
  canManageEvent,
  canShowExhibits,
  organiserChoices,
} from './events.policy.js';
import * as repo from './events.repository.js';
import { sessionsWithSlots } from './sessions.service.js';

const todayIn = (timeZone = 'Asia/Ho_Chi_Minh') => new Date().toLocaleDateString('en-CA', { timeZone });

type Organiser = { organisationId: string | null; connectionPointId: string | null; name: string };

function summary(e: repo.EventRow, organisers: Organiser[]) {
  return {
    id: e.id,
    kind: e.kind as EventKind,
    name: e.name,
    nameEn: e.nameEn,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    venue: e.venue,
    provinceCode: e.provinceCode,
    legacyProvinceCode: e.legacyProvinceCode,
    organisers,
  };
}

async function organiserMap(db: Db, eventIds: string[]) {
  const map = new Map<string, Organiser[]>();
  for (const { eventId, ...o } of await repo.organisersOf(db, eventIds)) map.set(eventId, [...(map.get(eventId) ?? []), o]);
  return map;
}

/** Events past and coming, public. */
export async function listEvents(db: Db, query: { when: 'coming' | 'past' | 'all'; cursor?: string; limit: number }) {
  const { rows, total, nextCursor } = await repo.listEvents(db, { ...query, today: todayIn() });
  const organisers = await organiserMap(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((e) => summary(e, organisers.get(e.id) ?? [])), total, nextCursor };
}

/** Loads an event and its organisers, or 404. */
export async function loadEvent(db: Db, id: string) {
  const event = await repo.findEvent(db, id);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  const organisers = (await organiserMap(db, [id])).get(id) ?? [];
  return { event, organisers };
}

/** The public event page, with the caller's registration and abilities. */
export async function eventDetail(db: Db, actor: Actor | null, id: string) {
  const { event, organisers } = await loadEvent(db, id);
  const [activities, sessions, exhibits, mine] = await Promise.all([
    repo.activitiesOf(db, id),
    sessionsWithSlots(db, id),
    repo.exhibitsOf(db, id),
    actor ? repo.registrationOfUser(db, id, actor.userId) : Promise.resolve(undefined),
  ]);
  return {
    ...summary(event, organisers),
    summary: event.summary,
    summaryEn: event.summaryEn,
    timeZone: event.timeZone,
    activities: activities.map((a) => ({
      id: a.id,
      kind: a.kind as ActivityKind,
      title: a.title,
      titleEn: a.titleEn,
      day: a.day,
      startTime: a.startTime,
      endTime: a.endTime,
      place: a.place,
    })),
    sessions,
    exhibits,
    myRegistration: mine
      ? {
          id: mine.registration.id,
          role: mine.registration.role as RegistrationRole,
          status: mine.registration.status as RegistrationStatus,
          organisationId: mine.registration.organisationId,
          organisationName: mine.organisationName,
          refusalReason: mine.registration.refusalReason,
          booth: mine.registration.booth,
          exhibitOfferIds: await repo.exhibitOfferIds(db, mine.registration.id),
          canShowExhibits: canShowExhibits(mine.registration),
        }
      : null,
    canManage: canManageEvent(actor, organisers),
  };
}

/** The organisers a person may name on a new event (their agency or department, their connection points). */
export async function organiserOptions(db: Db, actor: Actor) {
  const mine = organiserChoices(actor);
  const [organisations, connectionPoints] = await Promise.all([
    repo.existingOrganisations(db, mine.organisationIds),
    repo.existingConnectionPoints(db, mine.connectionPointIds),
  ]);
  return { organisations, connectionPoints, canCreate: canCreateEvents(actor) };
}

async function checkEventBody(db: Db, body: EventBody) {
  const problems: FieldProblem[] = [];
  const [orgs, points] = await Promise.all([
    repo.existingOrganisations(db, body.organiserOrganisationIds),
    repo.existingConnectionPoints(db, body.organiserConnectionPointIds),
  ]);
  body.organiserOrganisationIds.forEach((id, i) => {
    if (!orgs.some((o) => o.id === id)) problems.push({ path: `organiserOrganisationIds.${i}`, key: 'unknown_organisation' });
  });
  body.organiserConnectionPointIds.forEach((id, i) => {
    if (!points.some((p) => p.id === id)) problems.push({ path: `organiserConnectionPointIds.${i}`, key: 'unknown_code' });
  });
  body.activities.forEach((a, i) => {
    if (a.day < body.startsOn || a.day > body.endsOn) problems.push({ path: `activities.${i}.day`, key: 'outside_event_dates' });
    if (a.startTime && a.endTime && a.endTime <= a.startTime) problems.push({ path: `activities.${i}.endTime`, key: 'ends_before_start' });
  });
  let province: { provinceCode: string | null } = { provinceCode: null };
  if (body.provinceCode) {
    if (!(await findProvince(db, body.provinceCode))) problems.push({ path: 'provinceCode', key: 'unknown_province' });
    else province = { provinceCode: body.provinceCode };
  }
  if (problems.length) throw new FieldError(problems);
  return province;
}

const organiserRows = (body: EventBody) => [
  ...body.organiserOrganisationIds.map((organisationId) => ({ organisationId, connectionPointId: null })),
  ...body.organiserConnectionPointIds.map((connectionPointId) => ({ organisationId: null, connectionPointId })),
];

function eventFields(body: EventBody) {
  return {
    kind: body.kind,
    name: body.name,
    nameEn: body.nameEn ?? null,
    summary: body.summary ?? null,
    summaryEn: body.summaryEn ?? null,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    venue: body.venue ?? null,
    organiserOrganisationId: body.organiserOrganisationIds[0] ?? null,
  };
}

const activityRows = (body: EventBody) =>
  body.activities.map((a) => ({ ...a, titleEn: a.titleEn ?? null, startTime: a.startTime ?? null, endTime: a.endTime ?? null, place: a.place ?? null }));

/** An organiser creates an event with its organisers and programme. */
export async function createEvent(db: Db, actor: Actor, ctx: AuditContext, body: EventBody) {
  authorizeCreateEvent(actor);
  const organisers = organiserRows(body);
  authorizeOrganisers(actor, organisers);
  const province = await checkEventBody(db, body);
  return db.transaction(async (tx) => {
    const event = await repo.insertEvent(tx, { ...eventFields(body), ...province, createdBy: actor.userId });
    await repo.replaceOrganisers(tx, event.id, organisers);
    await repo.replaceActivities(tx, event.id, activityRows(body));
    await recordAudit(tx, ctx, {
      action: 'event.create',
      entityType: 'event',
      entityId: event.id,
      after: { ...event, organisers, activities: body.activities },
    });
    return { id: event.id };
  });
}

/** The organisers edit an event; they must stay among its organisers. */
export async function updateEvent(db: Db, actor: Actor, ctx: AuditContext, id: string, body: EventBody) {
  const { event, organisers: before } = await loadEvent(db, id);
  authorizeManageEvent(actor, before);
  const organisers = organiserRows(body);
  authorizeOrganisers(actor, organisers);
  const province = await checkEventBody(db, body);
  // An edit keeps the province the seed recorded as it was (legacy) unless another one is chosen.
  const place = (body.provinceCode ?? null) !== event.provinceCode ? { ...province, legacyProvinceCode: null } : {};
  return db.transaction(async (tx) => {
    const after = await repo.updateEvent(tx, id, { ...eventFields(body), ...place });
    await repo.replaceOrganisers(tx, id, organisers);
    await repo.replaceActivities(tx, id, activityRows(body));
    await recordAudit(tx, ctx, {
      action: 'event.update',
      entityType: 'event',
      entityId: id,
      before: { ...event, organisers: before },
      after: { ...after, organisers },
    });
    return { id };
  });
}

/** A signed-in person registers for themselves and, optionally, an organisation of theirs. */
export async function register(db: Db, actor: Actor, ctx: AuditContext, eventId: string, body: RegistrationBody) {
  const { event } = await loadEvent(db, eventId);
  if (event.endsOn < todayIn(event.timeZone)) throw new AppError('INVALID_TRANSITION', { reason: 'event_over' });
  authorizeRegisterFor(actor, body.organisationId);
  return db.transaction(async (tx) => {
    const row = await repo.insertRegistration(tx, {
      eventId,
      userId: actor.userId,
      organisationId: body.organisationId ?? null,
      role: body.role,
      note: body.note ?? null,
      wantsToMeet: body.wantsToMeet ?? null,
      calendarToken: randomBytes(24).toString('base64url'),
    });
    if (!row) throw new AppError('ALREADY_EXISTS', { entity: 'event-registration' });
    await recordAudit(tx, ctx, {
      action: 'event.register',
      entityType: 'event-registration',
      entityId: row.id,
      organisationId: row.organisationId,
      after: row,
    });
    return { id: row.id };
  });
}

/** The organisers' list of registrations to approve or refuse. */
/** A page of an event's registrations for its organisers, in the order they came, with the real total. */
export async function listRegistrations(db: Db, actor: Actor, eventId: string, query: { cursor?: string; limit: number }) {
  const { organisers } = await loadEvent(db, eventId);
  authorizeManageEvent(actor, organisers);
  const { rows, total, nextCursor } = await repo.registrationPage(db, eventId, query);
  return {
    total,
    nextCursor,
    items: rows.map(({ registration: r, personName, organisationName }) => ({
      id: r.id,
      role: r.role as RegistrationRole,
      status: r.status as RegistrationStatus,
      personName,
      organisationName,
      note: r.note,
      wantsToMeet: r.wantsToMeet,
      refusalReason: r.refusalReason,
      booth: r.booth,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/** An organiser approves (optionally with a booth) or refuses (with a reason) a registration. */
export async function decideRegistration(db: Db, actor: Actor, ctx: AuditContext, eventId: string, registrationId: string, body: DecisionBody) {
  const { event, organisers } = await loadEvent(db, eventId);
  authorizeManageEvent(actor, organisers);
  return db.transaction(async (tx) => {
    const before = await repo.findRegistration(tx, registrationId);
    if (!before || before.eventId !== eventId) throw new AppError('NOT_FOUND', { entity: 'event-registration' });
    const approve = body.decision === 'approve';
    const after = await repo.updateRegistration(tx, registrationId, {
      status: approve ? 'approved' : 'refused',
      refusalReason: approve ? null : (body.reason ?? null),
      booth: approve ? (body.booth ?? before.booth) : before.booth,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: approve ? 'event.registration.approve' : 'event.registration.refuse',
      entityType: 'event-registration',
      entityId: registrationId,
      organisationId: before.organisationId,
      before,
      after,
    });
    await notify(tx, [before.userId], {
      kind: 'event.registration-decided',
      params: { event: event.name, approved: approve ? 1 : 0, reason: after.refusalReason },
      link: `/events/${eventId}`,
    });
    return { id: registrationId };
  });
}

/** An approved exhibitor or supplier lists the published offers of its organisation that it shows. */
export async function setExhibits(db: Db, actor: Actor, ctx: AuditContext, eventId: string, body: ExhibitsBody) {
  await loadEvent(db, eventId);
  const mine = await repo.registrationOfUser(db, eventId, actor.userId);
  if (!mine) throw new AppError('NOT_FOUND', { entity: 'event-registration' });
  const registration = mine.registration;
  authorizeShowExhibits(registration);
  const offerIds = [...new Set(body.offerIds)];
  const found = await repo.offersForExhibit(db, offerIds);
  const problems: FieldProblem[] = [];
  offerIds.forEach((id, i) => {
    const offer = found.find((o) => o.id === id);
    const ownOffer = !!offer?.ownerOrganisationId && offer.ownerOrganisationId === registration.organisationId && isMemberOf(actor, offer.ownerOrganisationId);
    if (!offer || offer.status !== 'published' || !ownOffer) problems.push({ path: `offerIds.${i}`, key: 'not_your_offer' });
  });
  if (problems.length) throw new FieldError(problems);
  return db.transaction(async (tx) => {
    const before = await repo.exhibitOfferIds(tx, registration.id);
    await repo.replaceExhibits(tx, registration.id, offerIds);
    await recordAudit(tx, ctx, {
      action: 'event.exhibits.set',
      entityType: 'event-registration',
      entityId: registration.id,
      organisationId: registration.organisationId,
      before: { offerIds: before },
      after: { offerIds },
    });
    return { offerIds };
  });
}
