import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';
import type { Methodology } from '../../domain/assessment/methodology-types.js';
import type { AssessmentScore } from '../../domain/assessment/score-assessment.js';
import type { ScoreFigures } from '../../domain/assessment/sector-statistics.js';
import { users } from './auth.js';
import { organisations } from './organisations.js';

/**
 * One methodology version as data (issue 14): the whole document, validated by the domain before
 * it is stored. `id` is the document's own id, so an assessment names the version it was scored with.
 */
export const assessmentMethodologies = pgTable('assessment_methodologies', {
  id: text('id').primaryKey(),
  code: text('code').notNull(),
  version: integer('version').notNull(),
  status: text('status').notNull(),
  document: jsonb('document').$type<Methodology>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One saved answer: the domain's answer plus its evidence note and who gave it last. */
export type StoredAnswer = {
  status: 'answered' | 'dont-know' | 'not-applicable';
  value?: number | boolean | string | string[];
  evidence?: string;
  updatedBy: string;
  updatedAt: string;
};

/** An enterprise's technology assessment: answers while it is filled in, the score once submitted. Confidential to its side. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The organisation's province when the assessment started: which connection point assesses it. */
    provinceCode: text('province_code'),
    methodologyId: text('methodology_id')
      .notNull()
      .references(() => assessmentMethodologies.id),
    /** Two-digit VSIC division: picks sector benchmarks and the sector it is compared with. */
    vsicDivision: text('vsic_division').notNull(),
    status: text('status').notNull().default('draft'),
    answers: jsonb('answers').$type<Record<string, StoredAnswer>>().notNull().default({}),
    score: jsonb('score').$type<AssessmentScore>(),
    /** The score's figures only (total, coefficient, level, group and criterion shares): what dashboards read, kept with the score. */
    figures: jsonb('figures').$type<ScoreFigures>(),
    reviewComment: text('review_comment'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('assessments_organisation_idx').on(t.organisationId, t.createdAt),
    index('assessments_province_idx').on(t.provinceCode),
    index('assessments_sector_idx').on(t.vsicDivision, t.status),
  ],
);

/** A survey campaign: a connection point (or the agency) invites a list of enterprises of a sector to assess themselves. */
export const assessmentCampaigns = pgTable('assessment_campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  methodologyId: text('methodology_id')
    .notNull()
    .references(() => assessmentMethodologies.id),
  vsicDivision: text('vsic_division').notNull(),
  /** The provinces of its target enterprises: which connection points see the campaign. */
  provinceCodes: text('province_codes').array().notNull(),
  /** The day answers are due (Viet Nam's calendar); reminders stop after it. None: no reminders. */
  deadline: date('deadline', { mode: 'string' }),
  /** Remind the enterprises that have not submitted every this many days from the launch (null: off). */
  remindEveryDays: integer('remind_every_days'),
  /** One more reminder this many days before the deadline (null: off). */
  remindDaysBeforeDeadline: integer('remind_days_before_deadline'),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * Every reminder a campaign sent: a scheduled one names the day it was due (unique per campaign, so
 * two job runs or two servers send it once), one sent by hand has none and names who sent it.
 */
export const assessmentCampaignReminders = pgTable(
  'assessment_campaign_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => assessmentCampaigns.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }),
    sentBy: text('sent_by').references(() => users.id, { onDelete: 'set null' }),
    /** The enterprises reminded (invited or started, not yet submitted), and how many of their people. */
    organisationIds: uuid('organisation_ids').array().notNull(),
    people: integer('people').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessment_campaign_reminders_due_idx').on(t.campaignId, t.dueOn),
    index('assessment_campaign_reminders_sent_idx').on(t.campaignId, t.sentAt),
  ],
);

export const assessmentCampaignTargets = pgTable(
  'assessment_campaign_targets',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => assessmentCampaigns.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.organisationId] }), index('assessment_campaign_targets_org_idx').on(t.organisationId)],
);

/**
 * The dashboards' copy of each enterprise's latest approved assessment under a methodology code (any
 * version), kept by the assessment repository in the transaction that writes the assessment. A dashboard
 * over ten thousand enterprises reads these narrow rows instead of every score (see `dashboard.repository.ts`).
 */
export const assessmentDashboardEntries = pgTable(
  'assessment_dashboard_entries',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    methodologyCode: text('methodology_code').notNull(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    /** The version scored with: the order of the groups and criteria in `shares`. */
    methodologyId: text('methodology_id').notNull(),
    vsicDivision: text('vsic_division').notNull(),
    provinceCode: text('province_code'),
    /** When the assessment began: a campaign counts it only if it began after the campaign. */
    assessmentCreatedAt: timestamp('assessment_created_at', { withTimezone: true }).notNull(),
    provisional: boolean('provisional').notNull(),
    total: doublePrecision('total').notNull(),
    coefficient: doublePrecision('coefficient').notNull(),
    levelCode: text('level_code').notNull(),
    /**
     * Big-endian float64s in the version's order: each group's points, then each group's share, then each
     * criterion's share; NaN where there is none (an excluded group, a criterion without a share).
     */
    shares: bytea('shares').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.methodologyCode] }),
    index('assessment_dashboard_entries_scope_idx').on(t.methodologyCode, t.provinceCode),
  ],
);
