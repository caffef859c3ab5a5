import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

/**
 * The bilingual technical glossary the matcher uses to bridge Vietnamese and English records.
 * Seeded from src/db/seed/data/glossary.json; agency staff add and correct terms.
 */
export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vi: text('vi').notNull(),
    en: text('en').notNull(),
    sector: text('sector'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('glossary_terms_vi_idx').on(t.vi), index('glossary_terms_en_idx').on(t.en)],
);
