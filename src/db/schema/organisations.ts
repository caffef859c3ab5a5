import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './auth.js';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    shortName: text('short_name'),
    taxCode: text('tax_code'),
    country: text('country').notNull().default('VN'),
    provinceCode: text('province_code'),
    legacyProvinceCode: text('legacy_province_code'),
    vsicSections: text('vsic_sections')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Countries a representative office searches in (ISO 3166-1 alpha-2). */
    coveredCountries: text('covered_countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    size: text('size'),
    address: text('address'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    description: text('description'),
    verified: boolean('verified').notNull().default(false),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('organisations_tax_code_uq').on(t.taxCode),
    index('organisations_province_idx').on(t.provinceCode),
    index('organisations_kind_idx').on(t.kind),
    index('organisations_name_trgm_idx').using('gin', sql`tb_fold(${t.nameVi}) gin_trgm_ops`),
    index('organisations_name_en_trgm_idx').using('gin', sql`tb_fold(${t.nameEn}) gin_trgm_ops`),
    // The directory's order and keyset cursor.
    index('organisations_name_idx').on(t.nameVi, t.id),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('member'),
    /** `pending` is a join request waiting for the organisation's admin. */
    status: text('status').notNull().default('active'),
    message: text('message'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('memberships_org_user_uq').on(t.organisationId, t.userId), index('memberships_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull().default('member'),
    token: text('token').notNull().unique(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitations_org_idx').on(t.organisationId), index('invitations_email_idx').on(t.email)],
);
