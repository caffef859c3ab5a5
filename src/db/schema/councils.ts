import { boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { experts } from './catalogue.js';
import { organisations } from './organisations.js';

type FormCriterion = { key: string; label: string; labelEn: string | null; maxPoints: number; weight: number; minPoints: number | null };

/** A kind's composition rule as edited by agency staff; a kind without a row uses the default in src/domain/programmes/council-rules. */
export const councilRules = pgTable('council_rules', {
  kind: text('kind').primaryKey(),
  rule: jsonb('rule').$type<Record<string, unknown>>().notNull(),
  updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An expert council of a kind, convened by an organisation (the agency, a provincial department); its scoring form is data copied in. */
export const councils = pgTable(
  'councils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    convenerOrganisationId: uuid('convener_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    form: jsonb('form').$type<{ id: string; criteria: FormCriterion[]; passTotal: number; tieBreak?: string | null }>().notNull(),
    /**
     * The kind's composition rule when the council was formed: who scores and each dossier's quorum
     * stay as they were decided, whatever the kind's rule becomes later.
     */
    compositionRule: jsonb('composition_rule').$type<Record<string, unknown>>().notNull(),
    /** Sheets a dossier needs before it can be consolidated (award councils: four). */
    minSheets: integer('min_sheets').notNull().default(1),
    meetingDate: text('meeting_date'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('councils_convener_idx').on(t.convenerOrganisationId)],
);

/** A seat on a council: a person with an account, drawn from the expert directory or the staff. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    expertId: uuid('expert_id').references(() => experts.id, { onDelete: 'set null' }),
    role: text('role').notNull(),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    external: boolean('external').notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('council_members_user_uq').on(t.councilId, t.userId), index('council_members_user_idx').on(t.userId)],
);

/** A dossier before a council: generic (kind, id), loaded through the dossier sources; its consensus once consolidated. */
export const councilDossiers = pgTable(
  'council_dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    dossierKind: text('dossier_kind').notNull(),
    dossierId: uuid('dossier_id').notNull(),
    consolidatedAt: timestamp('consolidated_at', { withTimezone: true }),
    consolidatedBy: text('consolidated_by').references(() => users.id, { onDelete: 'set null' }),
    result: jsonb('result').$type<Record<string, unknown>>(),
    total: real('total'),
    passed: boolean('passed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('council_dossiers_uq').on(t.councilId, t.dossierKind, t.dossierId), index('council_dossiers_dossier_idx').on(t.dossierKind, t.dossierId)],
);

/** Which members review which dossier. */
export const councilAssignments = pgTable(
  'council_assignments',
  {
    councilDossierId: uuid('council_dossier_id')
      .notNull()
      .references(() => councilDossiers.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.councilDossierId, t.memberId] }), index('council_assignments_member_idx').on(t.memberId)],
);

/** A member's declaration on one dossier, made before seeing it. */
export const councilConflicts = pgTable(
  'council_conflicts',
  {
    councilDossierId: uuid('council_dossier_id')
      .notNull()
      .references(() => councilDossiers.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    conflict: boolean('conflict').notNull(),
    reason: text('reason'),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.councilDossierId, t.memberId] })],
);

/** One member's scores on one dossier; locked once submitted. */
export const councilScoreSheets = pgTable(
  'council_score_sheets',
  {
    councilDossierId: uuid('council_dossier_id')
      .notNull()
      .references(() => councilDossiers.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    scores: jsonb('scores').$type<Record<string, number | null>>().notNull().default({}),
    comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.councilDossierId, t.memberId] })],
);

/** An innovation-award round ("innovation in 2016–2018") with its eligibility rule. */
export const awardRounds = pgTable('award_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  fromYear: integer('from_year').notNull(),
  toYear: integer('to_year').notNull(),
  maxHonourees: integer('max_honourees').notNull().default(100),
  /** Qualifying activities and how many are needed (src/domain/programmes/award-eligibility). */
  rule: jsonb('rule').$type<{ qualifyingActivities: string[]; minActivities: number }>().notNull(),
  rankedAt: timestamp('ranked_at', { withTimezone: true }),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A province's department nominates an eligible enterprise, with the evidence TechBridge holds. */
export const awardNominations = pgTable(
  'award_nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => awardRounds.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    nominatingOrganisationId: uuid('nominating_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    provinceCode: text('province_code'),
    evidence: jsonb('evidence').$type<Array<Record<string, unknown>>>().notNull().default([]),
    activities: text('activities').array().notNull(),
    provincialScore: real('provincial_score'),
    ministryScore: real('ministry_score'),
    nominatedBy: text('nominated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('award_nominations_uq').on(t.roundId, t.enterpriseId), index('award_nominations_enterprise_idx').on(t.enterpriseId)],
);

/** The chair's order for a tie at a boundary, recorded. */
export const awardTieDecisions = pgTable('award_tie_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  roundId: uuid('round_id')
    .notNull()
    .references(() => awardRounds.id, { onDelete: 'cascade' }),
  nominationIds: text('nomination_ids').array().notNull(),
  note: text('note'),
  decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An honoured enterprise of a ranked round, with its public certificate code. */
export const awardHonourees = pgTable(
  'award_honourees',
  {
    nominationId: uuid('nomination_id')
      .primaryKey()
      .references(() => awardNominations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => awardRounds.id, { onDelete: 'cascade' }),
    tier: integer('tier').notNull(),
    position: integer('position').notNull(),
    score: real('score').notNull(),
    certificateCode: text('certificate_code').notNull(),
  },
  (t) => [uniqueIndex('award_honourees_code_uq').on(t.certificateCode), index('award_honourees_round_idx').on(t.roundId, t.position)],
);
