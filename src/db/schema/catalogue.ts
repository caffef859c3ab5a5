import { bigint, boolean, customType, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type IndexColumn } from 'drizzle-orm/pg-core';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { users } from './auth.js';
import { organisations } from './organisations.js';

/** PostgreSQL `tsvector`; Drizzle has no built-in column type for it. */
const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** The parts of a demand that only its owner, its connection point, the agency and connection parties see. */
export interface DemandConfidentialDetails {
  problem?: string | null;
  currentProcess?: string | null;
  desiredOutcome?: string | null;
  targets?: string | null;
  constraints?: string | null;
}

/**
 * Search documents are GENERATED columns so that every writer (API, import, seed) keeps them
 * right without a trigger. `tb_words` (IMMUTABLE array_to_string) and `tb_fold` are created
 * before all migrations (src/db/migrate.ts). Config 'simple' over folded text: no stemming,
 * so "nuoc mam" matches "nước mắm" exactly and by prefix.
 */
const folded = (body: SQL) => sql`to_tsvector('simple'::regconfig, tb_fold(${body}))`;
const part = (weight: 'A' | 'B' | 'C', body: SQL) => sql`setweight(${folded(body)}, '${sql.raw(weight)}')`;
/** The weight-A text of offers and demands: a search ranks records with every word in it first. */
const recordTitle = sql`coalesce(title, '') || ' ' || coalesce(translated_title, '')`;
const expertTitle = sql`coalesce(name, '') || ' ' || tb_words(keywords)`;

/**
 * A search's facet codes in one column (`C|79|VN|enterprise|vi|6|201,203`), so that counting facets
 * reads one value a row. The order of the codes is the search spec's `facets.names`.
 */
const facetKey = (scalars: string[], list: string) =>
  text('facet_key').generatedAlwaysAs((): SQL => sql.raw(`tb_facet_key(array[${scalars.join(', ')}]::text[], ${list})`));

/**
 * A record's filterable codes as `facet:code` tokens (`field:201`, `trl:6`, `vsic:C`) in one
 * GIN-indexed array, so that a list filtered by several facets intersects them in the index
 * instead of reading every record of its commonest facet (see filter-tokens.ts).
 */
const filterTokens = (columns: Record<string, string>) =>
  text('filter_tokens')
    .array()
    .generatedAlwaysAs((): SQL =>
      sql.raw(
        Object.entries(columns)
          .map(([facet, column]) => `tb_tokens('${facet}', ${column})`)
          .join(' || '),
      ),
    );

/**
 * Identity and publication state: the first columns of a record, read by every list and search.
 * Each table puts its search columns right after them: a search reads those in thousands of rows,
 * and PostgreSQL walks a row's columns in order to reach one (migration 0002 rebuilt the tables
 * in this order).
 */
const recordKeyColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  status: text('status').notNull().default('draft'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
});

/** Timestamps, workflow and import columns every catalogue record has. */
const recordColumns = () => ({
  /** Identifier in the source system; makes imports idempotent. */
  externalId: text('external_id'),
  /** Why moderation returned the record; cleared on resubmission. */
  returnReason: text('return_reason'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  /** Who published (or opened) or returned it last. */
  moderatedBy: text('moderated_by').references(() => users.id, { onDelete: 'set null' }),
  provinceCode: text('province_code'),
  legacyProvinceCode: text('legacy_province_code'),
  country: text('country').notNull().default('VN'),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * A GIN index keeps new entries in a pending list that every search reads in full until it is
 * merged into the index (by a vacuum, or by the insert that fills it). At PostgreSQL's default
 * of 4 MB, one candidate query over 100,000 freshly loaded offers read 402 pending pages: its index
 * scan took 13 ms of its 30 (2.6 ms once merged). Without autovacuum (PGlite) nothing else merges
 * them. 128 kB keeps what a search reads small and still lets an import merge entries in batches.
 */
const searchIndexStorage = { gin_pending_list_limit: 128 };

/**
 * A record's publication week (weeks since 1970), as the title index holds it. Read in UTC:
 * extract() from a timestamptz is only STABLE (other fields follow the time zone), which an index
 * cannot use; the epoch is the same.
 */
export const publicationWeek = (publishedAt: AnyColumn) => sql`(array[floor(extract(epoch from (${publishedAt} at time zone 'UTC')) / 604800)::int])`;

/**
 * The title's words, the publication week and the filter tokens in one GIN index: a search for the
 * newest title matches reads only a recent window of weeks, and the index intersects the window
 * and the filters with the words itself. Separate indexes would leave that to the planner, which
 * underestimates phrases and then reads every title match: with a field, a province and TRL ≥ 4,
 * "sợi tổng hợp" read 10,632 title matches from the table at 1,000,000 offers to keep 41 (130 ms).
 * The week is an array so that GIN's built-in array operator class indexes it (btree_gin, which
 * indexes dates, broke pg_trgm in PGlite).
 */
const titleIndex = (name: string, titleVector: IndexColumn, publishedAt: AnyColumn, filterTokens: IndexColumn) =>
  index(name).using('gin', titleVector, publicationWeek(publishedAt), filterTokens).with(searchIndexStorage);

/**
 * The search document's words, the publication week and the filter tokens in one GIN index: a search
 * with words and filters ("sâm Ngọc Linh", a field, a province, TRL ≥ 4) is intersected in the index,
 * the rarest key driving. Two indexes left it to the planner, which underestimates phrases, read every
 * text match and tested the filters on the rows (31,000 heap pages for that search at 1,000,000
 * offers). The week lets a search count a common word's matches among the newest records only
 * (search-counts.repository.ts). Any of the columns alone (the matcher's words, a listing's filters)
 * is served by the same index.
 */
const searchIndex = (name: string, searchVector: IndexColumn, publishedAt: AnyColumn, filterTokens: IndexColumn) =>
  index(name).using('gin', searchVector, publicationWeek(publishedAt), filterTokens).with(searchIndexStorage);

export const offers = pgTable(
  'offers',
  {
    ...recordKeyColumns(),
    trl: integer('trl'),
    facetKey: facetKey(['sector_code', 'province_code', 'country', 'owner_type', 'language', 'trl::text'], 'field_codes'),
    filterTokens: filterTokens({
      sector: 'array[sector_code]',
      vsic: 'vsic_sections',
      province: 'array[province_code]',
      country: 'array[country]',
      ownerType: 'array[owner_type]',
      language: 'array[language]',
      trl: 'array[trl::text]',
      field: 'field_codes',
      form: 'transfer_forms',
    }),
    titleVector: tsvector('title_vector').generatedAlwaysAs((): SQL => folded(recordTitle)),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL =>
        sql`${part('A', recordTitle)} || ${part(
          'B',
          sql`coalesce(summary, '') || ' ' || coalesce(translated_summary, '') || ' ' || tb_words(keywords)`,
        )} || ${part('C', sql`coalesce(description, '')`)}`,
    ),
    ...recordColumns(),
    /** Language of the original text (`vi` | `en`); the `translated*` columns hold the other one. */
    language: text('language').notNull().default('vi'),
    title: text('title').notNull(),
    summary: text('summary'),
    description: text('description'),
    translatedTitle: text('translated_title'),
    translatedSummary: text('translated_summary'),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Main VSIC 2018 section (letter). */
    sectorCode: text('sector_code'),
    vsicSections: text('vsic_sections')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fieldCodes: text('field_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** patent | utility-solution | pending | know-how | none. */
    ipStatus: text('ip_status'),
    ipNumbers: text('ip_numbers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Law 07/2017: ownership | right-to-use. */
    transferRights: text('transfer_rights')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Commercial deal types of the interchange format: license, assignment, know-how, … */
    transferForms: text('transfer_forms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    transferModes: text('transfer_modes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Null means negotiable. */
    priceVnd: bigint('price_vnd', { mode: 'number' }),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** institute | university | enterprise | foreign | individual. */
    ownerType: text('owner_type'),
    /** Free-text owner when it is not a registered organisation (e.g. imported). */
    ownerName: text('owner_name'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    /** Set when a moderator merged this offer into another as a duplicate: its address leads there. */
    mergedIntoId: uuid('merged_into_id'),
  },
  (t) => [
    uniqueIndex('offers_external_id_uq').on(t.externalId),
    index('offers_status_published_idx').on(t.status, t.publishedAt),
    // A listing without words reads the newest first: this order, so it stops after one page.
    index('offers_newest_idx').on(t.publishedAt.desc().nullsLast(), t.id),
    index('offers_owner_idx').on(t.ownerOrganisationId),
    index('offers_province_idx').on(t.provinceCode),
    index('offers_valid_until_idx').on(t.validUntil),
    searchIndex('offers_search_idx', t.searchVector, t.publishedAt, t.filterTokens),
    titleIndex('offers_title_idx', t.titleVector, t.publishedAt, t.filterTokens),
  ],
);

export const demands = pgTable(
  'demands',
  {
    ...recordKeyColumns(),
    minTrl: integer('min_trl'),
    facetKey: facetKey(['sector_code', 'province_code', 'country', 'language', 'min_trl::text'], 'field_codes'),
    filterTokens: filterTokens({
      sector: 'array[sector_code]',
      vsic: 'vsic_sections',
      province: 'array[province_code]',
      country: 'array[country]',
      language: 'array[language]',
      trl: 'array[min_trl::text]',
      field: 'field_codes',
      form: 'preferred_transfer_forms',
    }),
    titleVector: tsvector('title_vector').generatedAlwaysAs((): SQL => folded(recordTitle)),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL => sql`${part('A', recordTitle)} || ${part('B', sql`coalesce(public_summary, '') || ' ' || tb_words(keywords)`)}`,
    ),
    ...recordColumns(),
    language: text('language').notNull().default('vi'),
    title: text('title').notNull(),
    translatedTitle: text('translated_title'),
    /** Shown to everyone once the demand is open. */
    publicSummary: text('public_summary'),
    /** Never searched, listed or exported for the public: see canSeeConfidential. */
    confidentialDetails: jsonb('confidential_details').$type<DemandConfidentialDetails>().notNull().default({}),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sectorCode: text('sector_code'),
    vsicSections: text('vsic_sections')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fieldCodes: text('field_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    budgetMinVnd: bigint('budget_min_vnd', { mode: 'number' }),
    budgetMaxVnd: bigint('budget_max_vnd', { mode: 'number' }),
    deadline: date('deadline', { mode: 'string' }),
    preferredTransferForms: text('preferred_transfer_forms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    seekAbroad: boolean('seek_abroad').notNull().default(false),
    targetCountries: text('target_countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    ownerName: text('owner_name'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    validUntil: date('valid_until', { mode: 'string' }),
    /** Set when a moderator merged this demand into another as a duplicate: its address leads there. */
    mergedIntoId: uuid('merged_into_id'),
    // Public parts only: confidential details must never be findable by search.
  },
  (t) => [
    uniqueIndex('demands_external_id_uq').on(t.externalId),
    index('demands_status_published_idx').on(t.status, t.publishedAt),
    // A listing without words reads the newest first: this order, so it stops after one page.
    index('demands_newest_idx').on(t.publishedAt.desc().nullsLast(), t.id),
    index('demands_owner_idx').on(t.ownerOrganisationId),
    index('demands_province_idx').on(t.provinceCode),
    index('demands_valid_until_idx').on(t.validUntil),
    searchIndex('demands_search_idx', t.searchVector, t.publishedAt, t.filterTokens),
    titleIndex('demands_title_idx', t.titleVector, t.publishedAt, t.filterTokens),
  ],
);

export const experts = pgTable(
  'experts',
  {
    ...recordKeyColumns(),
    facetKey: facetKey(['province_code', 'country', 'language'], 'field_codes'),
    filterTokens: filterTokens({ province: 'array[province_code]', country: 'array[country]', language: 'array[language]', field: 'field_codes' }),
    titleVector: tsvector('title_vector').generatedAlwaysAs((): SQL => folded(expertTitle)),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL =>
        sql`${part('A', expertTitle)} || ${part(
          'B',
          sql`coalesce(affiliation_name, '') || ' ' || tb_words(services)`,
        )} || ${part('C', sql`coalesce(bio, '')`)}`,
    ),
    ...recordColumns(),
    language: text('language').notNull().default('vi'),
    name: text('name').notNull(),
    /** Academic or professional title, e.g. "PGS.TS.". */
    title: text('title'),
    /** The organisation that maintains the profile (usually the affiliation). */
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    affiliationName: text('affiliation_name'),
    /** The expert's own account, when they have one. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    fieldCodes: text('field_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    services: text('services')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    bio: text('bio'),
    /** Private: shown only to those who may edit the profile. */
    email: text('email'),
    phone: text('phone'),
    validUntil: date('valid_until', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('experts_external_id_uq').on(t.externalId),
    index('experts_status_published_idx').on(t.status, t.publishedAt),
    // A listing without words reads the newest first: this order, so it stops after one page.
    index('experts_newest_idx').on(t.publishedAt.desc().nullsLast(), t.id),
    index('experts_owner_idx').on(t.ownerOrganisationId),
    index('experts_province_idx').on(t.provinceCode),
    searchIndex('experts_search_idx', t.searchVector, t.publishedAt, t.filterTokens),
    titleIndex('experts_title_idx', t.titleVector, t.publishedAt, t.filterTokens),
  ],
);

/**
 * A vocabulary word that a typo can be corrected to: one with a letter. Numbers (years, quantities,
 * reference numbers) share trigrams by accident, so "2019" is no typo of "2091"; a catalogue holds
 * many of them, and they would crowd the nearest-word index.
 */
export const spelledWord = (word: AnyColumn | SQL) => sql`${word} ~ '[a-z]'`;

/**
 * Every folded word of the public search documents of offers, demands and experts, kept by
 * statement triggers (migration `search_vocabulary_triggers`). A mistyped query word is corrected
 * against these few thousand words by trigram similarity, rather than against every record.
 */
export const searchVocabulary = pgTable('search_vocabulary', { word: text('word').primaryKey() }, (t) => [
  // GiST, not GIN: it answers "the nearest words" (ORDER BY word <-> typed) straight from the index.
  // Only words with a letter (see spelledWord): at 1,000,000 generated offers the vocabulary held
  // 150,900 numbers beside 311 words, and the nearest words to "chuua" took 75 ms instead of 0.3 ms.
  index('search_vocabulary_spelled_trgm_idx')
    .using('gist', sql`${t.word} gist_trgm_ops`)
    .where(spelledWord(t.word)),
  // The words a typed prefix stands for (LIKE 'co%'), in byte order whatever the database's
  // collation: the index gives both the range and the order, so no plan can beat it. With the
  // pattern operator class, a vocabulary without statistics was read in full through the primary
  // key for its order (52 ms instead of 0.8 ms at 1,000,000 offers).
  index('search_vocabulary_word_prefix_idx').on(sql`${t.word} collate "C"`),
]);
