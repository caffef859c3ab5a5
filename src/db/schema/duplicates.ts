import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

/**
 * Pairs of offers or demands a moderator judged to be different technologies or needs: never
 * proposed again as likely duplicates. The pair is stored with its lower id first, so (a, b) and
 * (b, a) are one row.
 */
export const duplicateDistinctPairs = pgTable(
  'duplicate_distinct_pairs',
  {
    /** `offer` | `demand`. */
    recordType: text('record_type').notNull(),
    lowId: uuid('low_id').notNull(),
    highId: uuid('high_id').notNull(),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.lowId, t.highId] })],
);
