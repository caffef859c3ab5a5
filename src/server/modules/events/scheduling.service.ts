import { parseInstance } from '../../../domain/events/scheduling/parse-instance.js';
import { scheduleMeetings } from '../../../domain/events/scheduling/schedule.js';
import type { ScheduleInstance, ScheduleResult } from '../../../domain/events/scheduling/types.js';
import { validateSchedule } from '../../../domain/events/scheduling/validate-schedule.js';
import type { Db, Executor } from '../../../db/client.js';
import { boothTableNumber, freesTable, sideOfRole, type RegistrationRole } from '../../../shared/events/event-codes.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { notify } from '../notifications/notifications.service.js';
import { authorizeManageEvent } from './events.policy.js';
import * as events from './events.repository.js';
import * as repo from './meetings.repository.js';
import { expirePending, loadSession } from './sessions.service.js';

type Run = {
  result: ScheduleResult;
  accepted: repo.RequestRow[];
  slots: Awaited<ReturnType<typeof repo.slotsOf>>;
  existing: repo.MeetingRow[];
  names: Map<string, string>;
  userOf: Map<string, string>;
  session: { title: string; eventId: string };
  eventName: string;
};

/**
 * The session as the scheduler sees it: accepted requests (demand side first), the people in them
 * with their unavailable slots and the session's meeting cap, and the confirmed meetings pinned
 * where they are. A person's own confirmed meeting wins over a slot marked unavailable later. A
 * supplier whose booth is a table number of the session meets at that table (see boothTables).
 */
async function runScheduler(db: Executor, sessionId: string, allowMovingConfirmed: boolean): Promise<Run> {
  const { session, event } = await loadSession(db, sessionId);
  await expirePending(db, sessionId);
  const [slots, accepted, existing, unavailable, registrations] = await Promise.all([
    repo.slotsOf(db, [sessionId]),
    repo.acceptedRequests(db, sessionId),
    repo.meetingsOfSession(db, sessionId),
    repo.unavailabilityOfSession(db, sessionId),
    events.registrationsOf(db, session.eventId, true),
  ]);
  const position = new Map(slots.map((s) => [s.id, s.position]));
  const people = new Map(registrations.map((r) => [r.registration.id, r]));
  // A meeting a host marked with a side absent is over and stays as marked; its table may hold a walk-in meeting since.
  const settled = new Set(existing.filter((m) => m.status === 'confirmed' && freesTable(m.attendance)).map((m) => m.requestId));
  const live = accepted.filter((r) => !settled.has(r.id) && people.has(r.fromRegistrationId) && people.has(r.toRegistrationId));
  const acceptedIds = new Set(live.map((r) => r.id));
  const pinned = existing
    .filter((m) => m.status === 'confirmed' && acceptedIds.has(m.requestId))
    .map((m) => ({ request: m.requestId, slot: position.get(m.slotId)!, table: m.tableNumber - 1 }));
  const busy = new Set<string>();
  for (const m of pinned) {
    const r = live.find((x) => x.id === m.request)!;
    busy.add(`${r.fromRegistrationId}:${m.slot}`).add(`${r.toRegistrationId}:${m.slot}`);
  }
  const involved = new Set(live.flatMap((r) => [r.fromRegistrationId, r.toRegistrationId]));
  const side = (id: string) => sideOfRole(people.get(id)!.registration.role as RegistrationRole);
  const booths = boothTables(
    registrations.map((r) => r.registration.id).filter((id) => involved.has(id)),
    (id) => (side(id) === 'supply' ? people.get(id)!.registration.booth : null),
    session.tables,
    pinned,
    live,
    allowMovingConfirmed,
  );
  const instance: ScheduleInstance = {
    slots: Math.max(1, slots.length),
    tables: session.tables,
    participants: [...involved].map((id) => ({
      id,
      side: side(id),
      unavailable: unavailable
        .filter((u) => u.registrationId === id)
        .map((u) => position.get(u.slotId)!)
        .filter((s) => !busy.has(`${id}:${s}`)),
      maxMeetings: session.maxMeetingsPerPerson,
      ...(booths.has(id) ? { table: booths.get(id)! } : {}),
    })),
    requests: live
      .filter((r) => side(r.fromRegistrationId) !== side(r.toRegistrationId))
      .map((r) => {
        const demandFirst = side(r.fromRegistrationId) === 'demand';
        return {
          id: r.id,
          a: demandFirst ? r.fromRegistrationId : r.toRegistrationId,
          b: demandFirst ? r.toRegistrationId : r.fromRegistrationId,
          priority: Math.min(3, Math.max(1, r.priority)) as 1 | 2 | 3,
        };
      }),
    pinned,
    options: { allowMovingPinned: allowMovingConfirmed },
  };
  const parsed = parseInstance(instance);
  if (!parsed.ok) throw new AppError('CONFLICT', { reason: 'schedule_instance_invalid', errors: parsed.errors });
  const result = scheduleMeetings(parsed.instance);
  const violations = validateSchedule(parsed.instance, result.meetings);
  if (violations.length) throw new Error(`the scheduler broke ${violations.length} rule(s): ${violations[0].message}`);
  const names = new Map(registrations.map((r) => [r.registration.id, r.organisationName ? `${r.personName} (${r.organisationName})` : r.personName]));
  const userOf = new Map(registrations.map((r) => [r.registration.id, r.registration.userId]));
  return { result, accepted: live, slots, existing, names, userOf, session, eventName: event.name };
}

/**
 * The 0-based table of each supplier whose booth is a plain table number of the session ("7"), so
 * that all their meetings take place at it and nobody else's do. The first supplier (in registration
 * order) keeps a booth number two share; a booth that confirmed meetings staying where they are
 * would contradict (the supplier's elsewhere, or someone else's at it) is not used, so a re-run never
 * moves a confirmed meeting.
 */
function boothTables(
  ids: string[],
  boothOf: (id: string) => string | null,
  tables: number,
  pinned: Array<{ request: string; slot: number; table: number }>,
  requests: repo.RequestRow[],
  movable: boolean,
): Map<string, number> {
  const byRequest = new Map(requests.map((r) => [r.id, r]));
  const taken = new Set<number>();
  const booths = new Map<string, number>();
  for (const id of ids) {
    const number = boothTableNumber(boothOf(id), tables);
    if (number === null || taken.has(number - 1)) continue;
    const table = number - 1;
    const clash =
      !movable &&
      pinned.some((m) => {
        const r = byRequest.get(m.request)!;
        const theirs = r.fromRegistrationId === id || r.toRegistrationId === id;
        return theirs ? m.table !== table : m.table === table;
      });
    if (clash) continue;
    taken.add(table);
    booths.set(id, table);
  }
  return booths;
}

function previewOf(run: Run, published: boolean) {
  const { result, accepted, existing, names } = run;
  const placed = new Map(result.meetings.map((m) => [String(m.request), m]));
  const slotId = (position: number) => run.slots.find((s) => s.position === position)?.id;
  const confirmed = existing.filter((m) => m.status === 'confirmed' && placed.has(m.requestId));
  const moved = confirmed.filter((m) => {
    const now = placed.get(m.requestId)!;
    return slotId(now.slot) !== m.slotId || now.table + 1 !== m.tableNumber;
  });
  const requestById = new Map(accepted.map((r) => [r.id, r]));
  return {
    accepted: accepted.length,
    scheduled: result.scheduled,
    upperBound: result.upperBound,
    meanIdleSlots: result.meanIdleSlots,
    confirmedKept: confirmed.length - moved.length,
    movedConfirmed: moved.length,
    byPriority: result.preview.byPriority,
    people: result.preview.people.map((p) => ({ name: names.get(String(p.participant)) ?? '', meetings: p.meetings, idleSlots: p.idleSlots })),
    unplaced: result.preview.unplaced.map((u) => {
      const r = requestById.get(String(u.request));
      return { requestId: String(u.request), names: r ? `${names.get(r.fromRegistrationId)} – ${names.get(r.toRegistrationId)}` : '', reason: u.reason };
    }),
    published,
  };
}

async function authorizeSession(db: Executor, actor: Actor, sessionId: string) {
  const { organisers } = await loadSession(db, sessionId);
  authorizeManageEvent(actor, organisers);
}

/** The organiser's preview: how many accepted requests the scheduler places, of its upper bound, and idle slots per person. Writes nothing. */
export async function previewSchedule(db: Db, actor: Actor, sessionId: string, options: { allowMovingConfirmed: boolean }) {
  await authorizeSession(db, actor, sessionId);
  return previewOf(await runScheduler(db, sessionId, options.allowMovingConfirmed), false);
}

/**
 * Publishes the schedule: new meetings are confirmed; a confirmed meeting stays where it is (it
 * moves only when the organiser allows, and then its calendar SEQUENCE rises); one dropped is cancelled.
 */
export async function publishSchedule(db: Db, actor: Actor, ctx: AuditContext, sessionId: string, options: { allowMovingConfirmed: boolean }) {
  await authorizeSession(db, actor, sessionId);
  return db.transaction(async (tx) => {
    const run = await runScheduler(tx, sessionId, options.allowMovingConfirmed);
    const slotIdOf = new Map(run.slots.map((s) => [s.position, s.id]));
    const byRequest = new Map(run.existing.map((m) => [m.requestId, m]));
    const placed = new Set<string>();
    const inserts = [];
    for (const m of run.result.meetings) {
      const requestId = String(m.request);
      placed.add(requestId);
      const slotId = slotIdOf.get(m.slot)!;
      const before = byRequest.get(requestId);
      if (!before) inserts.push({ sessionId, requestId, slotId, tableNumber: m.table + 1 });
      else if (before.status !== 'confirmed' || before.slotId !== slotId || before.tableNumber !== m.table + 1)
        await repo.updateMeeting(tx, before.id, { slotId, tableNumber: m.table + 1, status: 'confirmed', sequence: before.sequence + 1 });
    }
    await repo.insertMeetings(tx, inserts);
    for (const m of run.existing)
      if (m.status === 'confirmed' && !freesTable(m.attendance) && !placed.has(m.requestId))
        await repo.updateMeeting(tx, m.id, { status: 'cancelled', sequence: m.sequence + 1 });
    await repo.markSessionPublished(tx, sessionId);
    const preview = previewOf(run, true);
    const requestById = new Map(run.accepted.map((r) => [r.id, r]));
    const people = [...placed].flatMap((id) => {
      const r = requestById.get(id);
      return r ? [run.userOf.get(r.fromRegistrationId)!, run.userOf.get(r.toRegistrationId)!] : [];
    });
    await notify(tx, people, {
      kind: 'event.schedule-published',
      params: { session: run.session.title, event: run.eventName },
      link: `/events/${run.session.eventId}/agenda`,
    });
    await recordAudit(tx, ctx, {
      action: 'event.session.schedule.publish',
      entityType: 'event-session',
      entityId: sessionId,
      after: { scheduled: preview.scheduled, upperBound: preview.upperBound, added: inserts.length, moved: preview.movedConfirmed },
    });
    return preview;
  });
}
