import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { connections } from './connections.js';
import { eventMeetings, eventRegistrations } from './events.js';

/**
 * What one side of a B2B meeting says came of it (not-held | no-interest | no-cooperation |
 * cooperation-possible); "cooperation possible" opens (or joins) a connection in the pipeline.
 */
export const eventMeetingOutcomes = pgTable(
  'event_meeting_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => eventMeetings.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    outcome: text('outcome').notNull(),
    note: text('note'),
    connectionId: uuid('connection_id').references(() => connections.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_meeting_outcomes_side_idx').on(t.meetingId, t.registrationId), index('event_meeting_outcomes_connection_idx').on(t.connectionId)],
);

/** A participant's badge scanned at the venue; a repeated scan is counted once. */
export const eventCheckIns = pgTable('event_check_ins', {
  registrationId: uuid('registration_id')
    .primaryKey()
    .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
  /** When the badge was scanned (the phone's clock; scans made offline arrive later). */
  scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
  scannedBy: text('scanned_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
