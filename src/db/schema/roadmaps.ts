import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Roadmap } from '../../domain/roadmaps/types.js';
import type { TechnologyMap } from '../../domain/roadmaps/technology-map/types.js';
import { users } from './auth.js';
import { organisations } from './organisations.js';

/**
 * An innovation roadmap. The whole roadmap (layers, items, links) is one domain document, written
 * by one compare-and-set on `version`; the columns beside it are what lists, authorisation and the
 * review reminder filter on. Ids are the document's own (text), so an import keeps them.
 */
export const roadmaps = pgTable(
  'roadmaps',
  {
    id: text('id').primaryKey(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    /** national | sector | enterprise */
    scopeKind: text('scope_kind').notNull(),
    vsicCode: text('vsic_code'),
    /** The enterprise of an enterprise roadmap. */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    published: boolean('published').notNull().default(false),
    reviewDate: date('review_date', { mode: 'string' }),
    /** The day the review reminder went out, so it goes once per review date. */
    reviewRemindedFor: date('review_reminded_for', { mode: 'string' }),
    document: jsonb('document').$type<Roadmap>().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roadmaps_owner_idx').on(t.ownerOrganisationId), index('roadmaps_organisation_idx').on(t.organisationId)],
);

/** Which TechBridge record each item is tied to, rebuilt on every save: a connection's stage change finds its items here. */
export const roadmapRecordLinks = pgTable(
  'roadmap_record_links',
  {
    roadmapId: text('roadmap_id')
      .notNull()
      .references(() => roadmaps.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id').notNull(),
  },
  (t) => [index('roadmap_record_links_record_idx').on(t.recordKind, t.recordId), index('roadmap_record_links_roadmap_idx').on(t.roadmapId)],
);

/** An item's history: status changes made by a person or carried by a linked record (`cause`). */
export const roadmapItemEvents = pgTable(
  'roadmap_item_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roadmapId: text('roadmap_id')
      .notNull()
      .references(() => roadmaps.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** Null for a person's edit; the connection or task that moved the item otherwise. */
    cause: jsonb('cause').$type<Record<string, unknown>>(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roadmap_item_events_item_idx').on(t.roadmapId, t.itemId)],
);

/** A roadmap frozen under a name: read-only, exportable, comparable. */
export const roadmapSnapshots = pgTable(
  'roadmap_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roadmapId: text('roadmap_id')
      .notNull()
      .references(() => roadmaps.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    document: jsonb('document').$type<Roadmap>().notNull(),
    takenBy: text('taken_by').references(() => users.id, { onDelete: 'set null' }),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roadmap_snapshots_roadmap_idx').on(t.roadmapId)],
);

/** A sector's technology map (products → technologies → sub-technologies), one domain document. */
export const technologyMaps = pgTable('technology_maps', {
  id: text('id').primaryKey(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
  vsicCode: text('vsic_code').notNull(),
  ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  published: boolean('published').notNull().default(true),
  document: jsonb('document').$type<TechnologyMap>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
