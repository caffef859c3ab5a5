import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';

/**
 * The bytes of uploaded files (attachments, their thumbnails, imports waiting for their job), kept
 * in the database with the records that point to them: one backup holds both, and every server
 * process sees every file. Keys are made by the server (`attachments/<id>`, `imports/<id>`).
 */
export const storedFiles = pgTable('stored_files', {
  key: text('key').primaryKey(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
