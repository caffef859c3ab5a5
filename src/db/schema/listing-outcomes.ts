import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/**
 * Views of an offer's or a demand's page by people other than its owner, one row a record and day
 * (Asia/Ho_Chi_Minh). Server processes add their buffered counts with one upsert every few seconds,
 * so a page view writes nothing on its own. No foreign key: a record's counts outlive a merge.
 */
export const listingViewDays = pgTable(
  'listing_view_days',
  {
    /** offer | demand. */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.day] }), index('listing_view_days_day_idx').on(t.day)],
);
