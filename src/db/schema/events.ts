import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { offers } from './catalogue.js';
import { connectionPoints } from './connection-points.js';
import { organisations } from './organisations.js';

/** A matchmaking event (Techmart, Techdemo, Techconnect, workshop, forum); agreements and connections may point to one. */
export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  summary: text('summary'),
  summaryEn: text('summary_en'),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  provinceCode: text('province_code'),
  legacyProvinceCode: text('legacy_province_code'),
  venue: text('venue'),
  /** IANA zone of the event's times (agendas and calendar feeds). */
  timeZone: text('time_zone').notNull().default('Asia/Ho_Chi_Minh'),
  organiserOrganisationId: uuid('organiser_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who organises an event: an organisation (the agency, a department) or a connection point; their staff manage it. */
export const eventOrganisers = pgTable(
  'event_organisers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    connectionPointId: uuid('connection_point_id').references(() => connectionPoints.id, { onDelete: 'cascade' }),
  },
  (t) => [index('event_organisers_event_idx').on(t.eventId)],
);

/** One item of an event's programme. */
export const eventActivities = pgTable(
  'event_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    day: date('day', { mode: 'string' }).notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('event_activities_event_idx').on(t.eventId)],
);

/** A person registering, for themselves and possibly their organisation, with a role at the event. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    role: text('role').notNull(),
    status: text('status').notNull().default('pending'),
    note: text('note'),
    wantsToMeet: text('wants_to_meet'),
    refusalReason: text('refusal_reason'),
    booth: text('booth'),
    /** Secret of the person's iCalendar feed URL. */
    calendarToken: text('calendar_token').notNull(),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_registrations_person_idx').on(t.eventId, t.userId),
    uniqueIndex('event_registrations_calendar_idx').on(t.calendarToken),
    index('event_registrations_user_idx').on(t.userId),
  ],
);

/** A catalogue offer an exhibitor shows at the event. */
export const eventExhibits = pgTable(
  'event_exhibits',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.offerId] })],
);

/**
 * A catalogue record collected at an event: a technology an exhibitor brought that was not yet in the
 * catalogue, or a demand taken down at a booth. It enters the catalogue as a draft like any other, and
 * keeps the event as its source (one event per record).
 */
export const eventCollectedRecords = pgTable(
  'event_collected_records',
  {
    /** `offer` | `demand`. */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    collectedBy: text('collected_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.recordId] }), index('event_collected_records_event_idx').on(t.eventId)],
);

/** A B2B session: slots × tables for 1:1 meetings, with the rules for requests. */
export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    tables: integer('tables').notNull(),
    maxPendingOutgoing: integer('max_pending_outgoing').notNull().default(10),
    maxMeetingsPerPerson: integer('max_meetings_per_person').notNull().default(8),
    requestExpiryHours: integer('request_expiry_hours').notNull().default(72),
    autoAccept: boolean('auto_accept').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('event_sessions_event_idx').on(t.eventId)],
);

export const eventSlots = pgTable(
  'event_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('event_slots_position_idx').on(t.sessionId, t.position)],
);

/** A slot in which a participant cannot meet (everyone is available by default). */
export const eventUnavailability = pgTable(
  'event_unavailability',
  {
    slotId: uuid('slot_id')
      .notNull()
      .references(() => eventSlots.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.slotId, t.registrationId] })],
);

/** One participant asking another to meet in a session; pending requests hold no slot. */
export const eventMeetingRequests = pgTable(
  'event_meeting_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id, { onDelete: 'cascade' }),
    fromRegistrationId: uuid('from_registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    toRegistrationId: uuid('to_registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    priority: integer('priority').notNull().default(2),
    status: text('status').notNull().default('pending'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('event_meeting_requests_session_idx').on(t.sessionId),
    index('event_meeting_requests_from_idx').on(t.fromRegistrationId),
    index('event_meeting_requests_to_idx').on(t.toRegistrationId),
  ],
);

/** A published meeting; its id is the calendar UID, its sequence rises on every change. */
export const eventMeetings = pgTable(
  'event_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => eventMeetingRequests.id, { onDelete: 'cascade' }),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => eventSlots.id, { onDelete: 'cascade' }),
    tableNumber: integer('table_number').notNull(),
    status: text('status').notNull().default('confirmed'),
    sequence: integer('sequence').notNull().default(0),
    /** What the table host saw on the day (held | from-absent | to-absent | both-absent); null until marked. */
    attendance: text('attendance'),
    attendanceMarkedBy: text('attendance_marked_by').references(() => users.id, { onDelete: 'set null' }),
    attendanceMarkedAt: timestamp('attendance_marked_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_meetings_request_idx').on(t.requestId), index('event_meetings_session_idx').on(t.sessionId)],
);
