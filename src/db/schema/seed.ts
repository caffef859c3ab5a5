import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Named one-time data loads (reference data, demo data) already applied to this database. */
export const seedRuns = pgTable('seed_runs', {
  name: text('name').primaryKey(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});
