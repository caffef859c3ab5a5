import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

/** The catalogue list query a saved search repeats: the words and filters of the search page's address. */
export type SavedQuery = Record<string, string>;

/** A person's saved catalogue search, and how often they want to hear of new records that match it. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** offer | demand | expert. */
    type: text('type').notNull(),
    name: text('name').notNull(),
    query: jsonb('query').$type<SavedQuery>().notNull(),
    /** immediate | daily | weekly. */
    frequency: text('frequency').notNull().default('daily'),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_searches_user_idx').on(t.userId)],
);

/** Each record a saved search has announced, so that it is announced once only. */
export const savedSearchDeliveries = pgTable(
  'saved_search_deliveries',
  {
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    recordId: uuid('record_id').notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.savedSearchId, t.recordId] })],
);

/** Records a person marked "not interested": no digest of theirs names them again. */
export const savedSearchDismissals = pgTable(
  'saved_search_dismissals',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recordId: uuid('record_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.recordId] })],
);
