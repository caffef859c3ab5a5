import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The open-data bulk files (offers.jsonl, statistics-cells.csv…): their bytes are in `stored_files`
 * under `open-data/<name>`; this row says when a background job last wrote them and how much.
 */
export const openDataFiles = pgTable('open_data_files', {
  name: text('name').primaryKey(),
  contentType: text('content_type').notNull(),
  records: integer('records').notNull(),
  bytes: integer('bytes').notNull(),
  generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Requests to the open API per client address and minute, so every server process counts the same (fixed windows). */
export const openDataRateWindows = pgTable(
  'open_data_rate_windows',
  {
    client: text('client').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.client, t.windowStart] })],
);
