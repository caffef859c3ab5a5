import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** The 34 provincial-level units in force since 2025-07-01. */
export const provinces = pgTable('provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  shortName: text('short_name').notNull(),
  aliases: text('aliases')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  formedFrom: text('formed_from')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The 63 units in force before 2025-07-01, each with the current unit it merged into. */
export const legacyProvinces = pgTable('legacy_provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull(),
  region: text('region').notNull(),
  mergedInto: text('merged_into')
    .notNull()
    .references(() => provinces.code),
});

/**
 * Every other code list (VSIC sections, S&T fields, TRL, transfer terms, countries, currencies)
 * in one shape, so agency staff edit them all the same way.
 */
export const referenceItems = pgTable(
  'reference_items',
  {
    category: text('category').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    parentCode: text('parent_code'),
    sortOrder: integer('sort_order').notNull().default(0),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.category, t.code] })],
);
