import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const connectionPoints = pgTable(
  'connection_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hostOrganisationId: uuid('host_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    /** Current province codes this point serves. */
    provinces: text('provinces').array().notNull(),
    active: boolean('active').notNull().default(true),
    openedOn: text('opened_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('connection_points_host_idx').on(t.hostOrganisationId)],
);
