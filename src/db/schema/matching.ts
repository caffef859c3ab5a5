import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { demands, experts, offers } from './catalogue.js';

/**
 * The bilingual technical glossary the matcher uses to bridge Vietnamese and English records.
 * Seeded from src/seed/data/glossary.json; agency staff add and correct terms.
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

/**
 * The last background ranking of a demand against an offer or an expert (exactly one of the
 * two), kept so that a strong match is announced once per side and a dismissal outlives every
 * re-ranking. The pages show live rankings; this table only remembers what people were told
 * and what they dismissed.
 */
export const matches = pgTable(
  'matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demands.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id').references(() => offers.id, { onDelete: 'cascade' }),
    expertId: uuid('expert_id').references(() => experts.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    reasons: jsonb('reasons').$type<unknown[]>().notNull().default([]),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the demand's side, and the offer's or expert's side, were told of this strong match. */
    demandSideNotifiedAt: timestamp('demand_side_notified_at', { withTimezone: true }),
    supplySideNotifiedAt: timestamp('supply_side_notified_at', { withTimezone: true }),
    /** A dismissal by the demand's side hides the offer or expert from it, and the reverse. */
    demandSideDismissedAt: timestamp('demand_side_dismissed_at', { withTimezone: true }),
    demandSideDismissedBy: text('demand_side_dismissed_by').references(() => users.id, { onDelete: 'set null' }),
    supplySideDismissedAt: timestamp('supply_side_dismissed_at', { withTimezone: true }),
    supplySideDismissedBy: text('supply_side_dismissed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  // NULLs are distinct in a unique index: an expert row never collides on (demand, offer).
  (t) => [
    uniqueIndex('matches_demand_offer_uq').on(t.demandId, t.offerId),
    uniqueIndex('matches_demand_expert_uq').on(t.demandId, t.expertId),
    index('matches_offer_idx').on(t.offerId),
    index('matches_expert_idx').on(t.expertId),
  ],
);

/**
 * A catalogue record's matching features as the matcher last computed them (see storedFeatures in
 * src/domain/matching/features.ts): a cache that spares ranking from tokenising every candidate
 * again. A row counts only while the record's row is the one it was computed from (`source`, the
 * row's `xmin`: any update of the record changes it, whichever path wrote it) and while `basis`
 * (the glossary's version and the matcher's weights) holds; the matcher replaces it otherwise.
 * `features` is base64 text: both drivers hand text over as it is, while PGlite parses bytea's hex
 * byte by byte in JavaScript (a few hundred candidates' features took longer than tokenising them).
 */
const matchFeaturesOf = (name: string, records: typeof offers | typeof demands | typeof experts) =>
  pgTable(name, {
    recordId: uuid('record_id')
      .primaryKey()
      .references(() => records.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    basis: text('basis').notNull(),
    features: text('features').notNull(),
  });

export const offerMatchFeatures = matchFeaturesOf('offer_match_features', offers);
export const demandMatchFeatures = matchFeaturesOf('demand_match_features', demands);
export const expertMatchFeatures = matchFeaturesOf('expert_match_features', experts);
