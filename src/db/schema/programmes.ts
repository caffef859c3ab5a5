import { bigint, boolean, date, index, integer, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { offers } from './catalogue.js';
import { organisations } from './organisations.js';

/** Receipt numbers of submitted proposals: one sequence, so concurrent submissions never share one. */
export const programmeReceiptSeq = pgSequence('programme_receipt_seq', { startWith: 1, increment: 1 });

/** A call for proposals of the National Technology Innovation Programme, or its standing programme (no deadline). */
export const programmeCalls = pgTable('programme_calls', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull().default('call'),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  description: text('description'),
  /** Submission deadline, extensions included; null for a standing programme. */
  deadlineAt: timestamp('deadline_at', { withTimezone: true }),
  /** Overdue reports of a leading organisation block its new proposals to this call. */
  blockOverdueLeaders: boolean('block_overdue_leaders').notNull().default(false),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A call's deadline moved: from when to when, why and by whom. */
export const programmeCallExtensions = pgTable(
  'programme_call_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programmeCalls.id, { onDelete: 'cascade' }),
    fromDeadline: timestamp('from_deadline', { withTimezone: true }),
    toDeadline: timestamp('to_deadline', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    by: text('by').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programme_call_extensions_call_idx').on(t.callId)],
);

/** A task of the programme, from its first draft as a proposal to its closing (state machine: domain/programmes/task-states). */
export const programmeTasks = pgTable(
  'programme_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programmeCalls.id, { onDelete: 'restrict' }),
    proposerOrganisationId: uuid('proposer_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    origin: text('origin').notNull(),
    title: text('title').notNull().default(''),
    objectives: text('objectives').notNull().default(''),
    technology: text('technology').notNull().default(''),
    products: text('products').notNull().default(''),
    partners: text('partners').notNull().default(''),
    sectorCode: text('sector_code'),
    provinceCode: text('province_code'),
    startOn: date('start_on', { mode: 'string' }),
    months: integer('months'),
    status: text('status').notNull().default('draft'),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
    endedFrom: text('ended_from'),
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    acceptanceRating: text('acceptance_rating'),
    finalReportRating: text('final_report_rating'),
    /** Optimistic lock of the draft: each autosave names the version it started from. */
    version: integer('version').notNull().default(1),
    receiptNumber: text('receipt_number'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publicSummary: text('public_summary'),
    summaryPublishedAt: timestamp('summary_published_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('programme_tasks_call_idx').on(t.callId),
    index('programme_tasks_proposer_idx').on(t.proposerOrganisationId),
    index('programme_tasks_lead_idx').on(t.leadOrganisationId),
    index('programme_tasks_status_idx').on(t.status),
    uniqueIndex('programme_tasks_receipt_idx').on(t.receiptNumber),
  ],
);

/** Every transition of a task: who, when, why. */
export const programmeTaskTransitions = pgTable(
  'programme_task_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => programmeTasks.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    by: text('by').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
  },
  (t) => [index('programme_task_transitions_task_idx').on(t.taskId, t.at)],
);

/** One budget line: an item in a year from a funding source; its amounts are versions by stage. */
export const programmeBudgetLines = pgTable(
  'programme_budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => programmeTasks.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    item: text('item').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('programme_budget_lines_task_idx').on(t.taskId)],
);

export const programmeBudgetVersions = pgTable(
  'programme_budget_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lineId: uuid('line_id')
      .notNull()
      .references(() => programmeBudgetLines.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    version: integer('version').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    by: text('by').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
  },
  (t) => [uniqueIndex('programme_budget_versions_line_version_idx').on(t.lineId, t.version)],
);

/** The reports a contract calls for (domain report-schedule), filed or not. */
export const programmeTaskReports = pgTable(
  'programme_task_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => programmeTasks.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    sequence: integer('sequence').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    remindOn: text('remind_on').array().notNull().default([]),
    lastReminderOn: date('last_reminder_on', { mode: 'string' }),
    filedOn: date('filed_on', { mode: 'string' }),
    filedBy: text('filed_by').references(() => users.id, { onDelete: 'set null' }),
    summary: text('summary'),
    attachmentId: uuid('attachment_id'),
  },
  (t) => [uniqueIndex('programme_task_reports_key_idx').on(t.taskId, t.key), index('programme_task_reports_due_idx').on(t.dueOn)],
);

/** An inspection of a task under way: findings and the deadline to act on them. */
export const programmeInspections = pgTable(
  'programme_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => programmeTasks.id, { onDelete: 'cascade' }),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    findings: text('findings').notNull(),
    actionDeadline: date('action_deadline', { mode: 'string' }),
    by: text('by').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programme_inspections_task_idx').on(t.taskId)],
);

/** A product of a task rated at acceptance on quantity and quality; a new technology may become a catalogue offer. */
export const programmeTaskProducts = pgTable(
  'programme_task_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => programmeTasks.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    isTechnology: boolean('is_technology').notNull().default(false),
    quantityRating: text('quantity_rating').notNull(),
    qualityRating: text('quality_rating').notNull(),
    offerId: uuid('offer_id').references(() => offers.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('programme_task_products_task_idx').on(t.taskId)],
);
