import dayjs from 'dayjs';
import timezonePlugin from 'dayjs/plugin/timezone.js';
import utcPlugin from 'dayjs/plugin/utc.js';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../errors.js';
import { attendanceSeenBy, badgeCodeOf, type MeetingAttendance, type MeetingOutcome, type RegistrationRole } from '../../../shared/events/event-codes.js';
import type { Actor } from '../auth/actor.js';
import * as events from './events.repository.js';
import * as repo from './meetings.repository.js';
import { myOutcomes } from './outcomes.service.js';

dayjs.extend(utcPlugin);
dayjs.extend(timezonePlugin);

/**
 * The VTIMEZONE of a zone without daylight saving time (Vietnam's, +07:00 since 1975), so calendars
 * read DTSTART;TZID=… as the event's wall-clock time. A zone whose offset changes would need a time
 * zone database; events here are held in Vietnam.
 */
export function fixedOffsetVtimezone(timeZone: string, at: Date): string {
  const minutes = dayjs(at).tz(timeZone).utcOffset();
  const sign = minutes < 0 ? '-' : '+';
  const offset = `${sign}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

async function agendaItems(db: Db, registrationId: string) {
  const rows = await repo.meetingsOfRegistration(db, registrationId);
  const otherIds = rows.map((r) => (r.request.fromRegistrationId === registrationId ? r.request.toRegistrationId : r.request.fromRegistrationId));
  const names = new Map((await repo.namesOf(db, [...new Set(otherIds)])).map((n) => [n.id, n]));
  return rows.map((r, i) => ({
    meetingId: r.meeting.id,
    sequence: r.meeting.sequence,
    sessionTitle: r.sessionTitle,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    table: r.meeting.tableNumber,
    status: r.meeting.status as 'confirmed' | 'cancelled',
    otherName: names.get(otherIds[i])?.name ?? '',
    otherOrganisation: names.get(otherIds[i])?.organisation ?? null,
    reason: r.request.reason,
    attendance: attendanceSeenBy(r.meeting.attendance as MeetingAttendance | null, r.request.fromRegistrationId === registrationId ? 'from' : 'to'),
    updatedAt: r.meeting.updatedAt,
  }));
}

/** The caller's own agenda at an event (published meetings, cancelled ones marked), with their calendar feed URL. Nobody else's. */
export async function myAgenda(db: Db, actor: Actor, baseUrl: string, eventId: string) {
  const event = await events.findEvent(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event' });
  const found = await events.registrationOfUser(db, eventId, actor.userId);
  const mine = found?.registration;
  if (!mine || mine.status !== 'approved') throw new AppError('NOT_FOUND', { entity: 'agenda' });
  const [items, answers] = await Promise.all([agendaItems(db, mine.id), myOutcomes(db, mine.id)]);
  const now = new Date();
  return {
    eventName: event.name,
    timeZone: event.timeZone,
    calendarUrl: `${baseUrl.replace(/\/$/, '')}/api/calendar/${mine.calendarToken}.ics`,
    badgeCode: badgeCodeOf(mine.id),
    personName: actor.name,
    organisationName: found.organisationName,
    role: mine.role as RegistrationRole,
    items: items.map(({ sequence: _s, updatedAt: _u, startsAt, endsAt, ...item }) => ({
      ...item,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      outcome: (answers.get(item.meetingId)?.outcome ?? null) as MeetingOutcome | null,
      canAnswer: item.status === 'confirmed' && startsAt <= now,
      connectionId: answers.get(item.meetingId)?.connectionId ?? null,
    })),
  };
}

/**
 * A person's iCalendar feed, reached by the secret in its URL: one VEVENT per meeting with a stable
 * UID (the meeting's id), SEQUENCE raised on each change and STATUS:CANCELLED once cancelled, so a
 * calendar that subscribes again holds exactly one event per meeting.
 */
export async function calendarFeed(db: Db, token: string) {
  const found = await repo.registrationByCalendarToken(db, token);
  if (!found || found.registration.status !== 'approved') throw new AppError('NOT_FOUND', { entity: 'calendar' });
  const { event, registration } = found;
  const calendar = ical({ name: event.name, prodId: { company: 'TechBridge', product: 'events', language: 'VI' } });
  calendar.timezone({ name: event.timeZone, generator: (zone) => fixedOffsetVtimezone(zone, new Date(`${event.startsOn}T12:00:00Z`)) });
  const local = (d: Date) =>
    d.toLocaleString('vi-VN', { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
  for (const item of await agendaItems(db, registration.id)) {
    const other = item.otherOrganisation ? `${item.otherName} (${item.otherOrganisation})` : item.otherName;
    calendar.createEvent({
      id: `${item.meetingId}@techbridge`,
      sequence: item.sequence,
      timezone: event.timeZone,
      start: dayjs(item.startsAt),
      end: dayjs(item.endsAt),
      stamp: item.updatedAt,
      summary: `Gặp gỡ B2B / B2B meeting: ${other}`,
      description: `${item.sessionTitle} — ${local(item.startsAt)} (${event.timeZone})\nBàn / Table ${item.table}\n${item.reason}`,
      location: [event.venue, `Bàn / Table ${item.table}`].filter(Boolean).join(' — '),
      status: item.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
