import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/**
 * Connection counts by year and every dimension the dashboards group by, kept exact in the
 * same transaction as each connection write, so a national dashboard reads thousands of rows
 * instead of scanning millions. Missing dimensions are '' (not NULL) so the key is plain.
 */
export const connectionRollup = pgTable(
  'connection_rollup',
  {
    year: integer('year').notNull(),
    provinceCode: text('province_code').notNull(),
    legacyProvinceCode: text('legacy_province_code').notNull(),
    channel: text('channel').notNull(),
    partnerCountry: text('partner_country').notNull(),
    sectorCode: text('sector_code').notNull(),
    stage: text('stage').notNull(),
    resumeStage: text('resume_stage').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.year, t.provinceCode, t.legacyProvinceCode, t.channel, t.partnerCountry, t.sectorCode, t.stage, t.resumeStage],
    }),
  ],
);

/** Each enterprise that had a connection in a year, once: "enterprises supported" without a distinct count over millions. */
export const connectionSeekerYears = pgTable(
  'connection_seeker_years',
  {
    year: integer('year').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    provinceCode: text('province_code').notNull(),
    legacyProvinceCode: text('legacy_province_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.organisationId] })],
);
