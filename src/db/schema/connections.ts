import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './auth.js';
import { demands, offers } from './catalogue.js';
import { organisations } from './organisations.js';
import { connectionPoints } from './connection-points.js';
import { events } from './events.js';

/** A brokered link between a seeker (demand or enterprise) and a supplier (offer or organisation). */
export const connections = pgTable(
  'connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandId: uuid('demand_id').references(() => demands.id, { onDelete: 'set null' }),
    offerId: uuid('offer_id').references(() => offers.id, { onDelete: 'set null' }),
    seekerOrganisationId: uuid('seeker_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    supplierOrganisationId: uuid('supplier_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** Names as recorded when a party has no organisation on the platform (e.g. a foreign partner). */
    seekerName: text('seeker_name'),
    supplierName: text('supplier_name'),
    /** connection-point | event | rep-office | direct. */
    channel: text('channel').notNull(),
    /** match | offer-page | broker: where the request came from. */
    origin: text('origin').notNull(),
    /** Which side asked (seeker | supplier | broker); the other side answers the request. */
    requestedBy: text('requested_by').notNull().default('seeker'),
    /** ISO country of the foreign party, if any. */
    partnerCountry: text('partner_country'),
    sectorCode: text('sector_code'),
    fieldCode: text('field_code'),
    connectionPointId: uuid('connection_point_id').references(() => connectionPoints.id, { onDelete: 'set null' }),
    brokerId: text('broker_id').references(() => users.id, { onDelete: 'set null' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    provinceCode: text('province_code'),
    legacyProvinceCode: text('legacy_province_code'),
    stage: text('stage').notNull().default('proposed'),
    resumeStage: text('resume_stage'),
    /** The date of first contact; reports count a connection in this year. */
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('connections_opened_idx').on(t.openedOn),
    index('connections_province_opened_idx').on(t.provinceCode, t.openedOn),
    index('connections_stage_activity_idx').on(t.stage, t.lastActivityAt),
    index('connections_demand_idx').on(t.demandId),
    index('connections_offer_idx').on(t.offerId),
    index('connections_seeker_idx').on(t.seekerOrganisationId),
    index('connections_supplier_idx').on(t.supplierOrganisationId),
  ],
);

/** Every stage a connection went through, with its date and note. */
export const connectionStageEvents = pgTable(
  'connection_stage_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => connections.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    note: text('note'),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('connection_stage_events_connection_idx').on(t.connectionId)],
);

export const connectionMessages = pgTable(
  'connection_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => connections.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('connection_messages_connection_idx').on(t.connectionId, t.createdAt)],
);

/** MoU or contract; belongs to a connection, an event, or stands alone as a centre's own contract. */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    connectionId: uuid('connection_id').references(() => connections.id, { onDelete: 'set null' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    /** The centre that is itself a party (consulting/transfer contracts without a connection). */
    centreOrganisationId: uuid('centre_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    parties: jsonb('parties').$type<Array<{ organisationId: string | null; name: string; role: string }>>().notNull().default([]),
    valueVnd: bigint('value_vnd', { mode: 'number' }),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    transferRight: text('transfer_right'),
    transferForms: text('transfer_forms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    transferModes: text('transfer_modes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Codes of the contract contents (Law 07/2017, art. 23) the document holds. */
    checklist: text('checklist')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    provinceCode: text('province_code'),
    legacyProvinceCode: text('legacy_province_code'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('agreements_signed_idx').on(t.signedOn), index('agreements_connection_idx').on(t.connectionId), index('agreements_event_idx').on(t.eventId)],
);

/** Foreign technologies a representative office found for a demand that seeks technology abroad. */
export const demandForeignOffers = pgTable(
  'demand_foreign_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demands.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    repOfficeOrganisationId: uuid('rep_office_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    note: text('note'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('demand_foreign_offers_demand_idx').on(t.demandId), uniqueIndex('demand_foreign_offers_pair_uq').on(t.demandId, t.offerId)],
);
