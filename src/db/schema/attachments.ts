import { bigint, boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

/**
 * Files attached to offers, demands, experts and assessments (evidence per answer). The bytes live in file storage
 * (disk under the data folder, or S3 later) under `storageKey`; this row is the metadata.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `offer` | `demand` | `expert` | `assessment`. */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the content, never taken from the upload's declared type. */
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    /** What part of the record the file is about: an assessment's question id (its evidence); null for a whole record's files. */
    subject: text('subject'),
    /** Part of a demand's confidential details: shown only to those who may see them. */
    confidential: boolean('confidential').notNull().default(false),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId)],
);
