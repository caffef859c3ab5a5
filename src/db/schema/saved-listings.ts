import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

/** A listing (offer, demand or expert) a person saved to find again; only they see their saves. */
export const savedListings = pgTable(
  'saved_listings',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** offer | demand | expert. */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.recordId] }),
    index('saved_listings_record_idx').on(t.recordId),
    index('saved_listings_user_idx').on(t.userId, t.savedAt),
  ],
);
