import { customType, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Binary data; node-postgres answers a Buffer and PGlite a Uint8Array, so both are read as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

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
