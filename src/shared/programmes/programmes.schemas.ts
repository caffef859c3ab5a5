import { CouncilReview } from '../councils/councils.schemas.js';
import { z } from 'zod';
import { TEXT_SHORT_MAX } from '../limits.js';
import { PageQuery, pageOf } from '../pagination.js';
import { budgetStages, fundingSources } from '../../domain/programmes/budget-lines.js';
import { taskOrigins } from '../../domain/programmes/programme-figures.js';
import { ratings } from '../../domain/programmes/acceptance-rating.js';
import { reportKinds } from '../../domain/programmes/report-schedule.js';
import { taskActions, taskStatuses } from '../../domain/programmes/task-states.js';

const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const shortText = (max: number) => z.string().trim().min(1).max(max);
const draftText = (max: number) => z.string().max(max).default('');
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const callKinds = ['call', 'standing'] as const;
export const reportStatuses = ['upcoming', 'due-soon', 'overdue', 'filed', 'filed-late'] as const;

export const CallBody = z
  .object({
    kind: z.enum(callKinds),
    title: shortText(300),
    titleEn: optionalText(300),
    description: optionalText(5000),
    deadlineAt: instant.nullish(),
    blockOverdueLeaders: z.boolean().default(false),
  })
  .refine((b) => b.kind === 'standing' || !!b.deadlineAt, { path: ['deadlineAt'], params: { key: 'deadline_required' } })
  .meta({ id: 'ProgrammeCallBody' });
export type CallBody = z.infer<typeof CallBody>;

export const ExtensionBody = z.object({ deadlineAt: instant, reason: shortText(2000) }).meta({ id: 'ProgrammeExtensionBody' });
export type ExtensionBody = z.infer<typeof ExtensionBody>;

const Extension = z.object({ fromDeadline: z.string().nullable(), toDeadline: z.string(), reason: z.string(), byName: z.string().nullable(), at: z.string() });

export const Call = z
  .object({
    id: z.string(),
    kind: z.enum(callKinds),
    title: z.string(),
    titleEn: z.string().nullable(),
    description: z.string().nullable(),
    deadlineAt: z.string().nullable(),
    blockOverdueLeaders: z.boolean(),
    open: z.boolean(),
    extensions: z.array(Extension),
    canManage: z.boolean(),
  })
  .meta({ id: 'ProgrammeCall' });
export const CallList = pageOf('ProgrammeCallList', Call, { canCreate: z.boolean() });

export const BudgetLineInput = z.object({
  year: z.number().int(),
  source: z.enum(fundingSources),
  item: shortText(300),
  amountVnd: z.number(),
});

/** A draft as the form autosaves it; everything may still be empty except the call and the proposer. */
export const ProposalFields = z.object({
  origin: z.enum(taskOrigins),
  title: draftText(500),
  objectives: draftText(10000),
  technology: draftText(10000),
  products: draftText(10000),
  partners: draftText(2000),
  sectorCode: z.string().trim().max(3).nullish(),
  provinceCode: z.string().trim().max(3).nullish(),
  startOn: isoDate.nullish(),
  months: z.number().int().min(1).max(120).nullish(),
  totalVnd: z.number().nullish(),
  stateVnd: z.number().nullish(),
  lines: z.array(BudgetLineInput).max(200).default([]),
});
export const NewProposalBody = ProposalFields.extend({ callId: z.uuid(), proposerOrganisationId: z.uuid() }).meta({ id: 'ProgrammeNewProposalBody' });
export type NewProposalBody = z.infer<typeof NewProposalBody>;
export const DraftBody = ProposalFields.extend({ version: z.number().int().min(1) }).meta({ id: 'ProgrammeDraftBody' });
export type DraftBody = z.infer<typeof DraftBody>;
export type ProposalFields = z.infer<typeof ProposalFields>;

export const DraftSaved = z.object({ id: z.string(), version: z.number(), savedAt: z.string() }).meta({ id: 'ProgrammeDraftSaved' });

export const TransitionBody = z
  .object({
    action: z.enum(taskActions),
    reason: optionalText(5000),
    leadOrganisationId: z.uuid().nullish(),
  })
  .meta({ id: 'ProgrammeTransitionBody' });
export type TransitionBody = z.infer<typeof TransitionBody>;

export const AppraisalBody = z
  .object({
    stage: z.enum(['appraised', 'contracted']).default('appraised'),
    lines: z
      .array(z.object({ lineId: z.uuid(), amountVnd: z.number(), note: optionalText(2000) }))
      .min(1)
      .max(200),
  })
  .meta({ id: 'ProgrammeAppraisalBody' });
export type AppraisalBody = z.infer<typeof AppraisalBody>;

export const ContractBody = z.object({ startOn: isoDate, months: z.number().int().min(1).max(120) }).meta({ id: 'ProgrammeContractBody' });
export type ContractBody = z.infer<typeof ContractBody>;

export const ReportFilingBody = z.object({ summary: shortText(10000), attachmentId: z.uuid().nullish() }).meta({ id: 'ProgrammeReportFilingBody' });
export type ReportFilingBody = z.infer<typeof ReportFilingBody>;

export const InspectionBody = z
  .object({ inspectedOn: isoDate, findings: shortText(10000), actionDeadline: isoDate.nullish() })
  .meta({ id: 'ProgrammeInspectionBody' });
export type InspectionBody = z.infer<typeof InspectionBody>;

export const AcceptanceBody = z
  .object({
    finalReport: z.enum(ratings),
    products: z
      .array(
        z.object({
          name: shortText(300),
          description: optionalText(5000),
          isTechnology: z.boolean().default(false),
          quantity: z.enum(ratings),
          quality: z.enum(ratings),
        }),
      )
      .min(1)
      .max(50),
  })
  .meta({ id: 'ProgrammeAcceptanceBody' });
export type AcceptanceBody = z.infer<typeof AcceptanceBody>;

export const CloseBody = z.object({ publicSummary: shortText(10000) }).meta({ id: 'ProgrammeCloseBody' });
export type CloseBody = z.infer<typeof CloseBody>;

export const PublishOffersBody = z.object({ productIds: z.array(z.uuid()).min(1).max(50) }).meta({ id: 'ProgrammePublishOffersBody' });
export const PublishedOffers = z.object({ offers: z.array(z.object({ productId: z.string(), offerId: z.string(), status: z.string() })) });

const BudgetVersion = z.object({
  stage: z.enum(budgetStages),
  version: z.number(),
  amountVnd: z.number(),
  byName: z.string().nullable(),
  at: z.string(),
  note: z.string().nullable(),
});
const BudgetLine = z.object({
  id: z.string(),
  year: z.number(),
  source: z.enum(fundingSources),
  item: z.string(),
  proposedVnd: z.number().nullable(),
  appraisedVnd: z.number().nullable(),
  contractedVnd: z.number().nullable(),
  versions: z.array(BudgetVersion),
});
const SourceSums = z.object({ state: z.number(), counterpart: z.number(), other: z.number(), total: z.number() });
const Totals = z.object({ byYear: z.array(SourceSums.extend({ year: z.number() })), bySource: SourceSums, stateShare: z.number() });

const HistoryEntry = z.object({
  action: z.enum(taskActions),
  from: z.enum(taskStatuses),
  to: z.enum(taskStatuses),
  byName: z.string().nullable(),
  at: z.string(),
  reason: z.string().nullable(),
});
const Report = z.object({
  id: z.string(),
  kind: z.enum(reportKinds),
  sequence: z.number(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueOn: z.string(),
  remindOn: z.array(z.string()),
  filedOn: z.string().nullable(),
  summary: z.string().nullable(),
  attachmentId: z.string().nullable(),
  status: z.enum(reportStatuses),
});
const Inspection = z.object({
  id: z.string(),
  inspectedOn: z.string(),
  findings: z.string(),
  actionDeadline: z.string().nullable(),
  byName: z.string().nullable(),
});
const Product = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  isTechnology: z.boolean(),
  quantity: z.enum(ratings),
  quality: z.enum(ratings),
  offerId: z.string().nullable(),
});
const Overlap = z.object({ id: z.string(), kind: z.enum(['task', 'offer']), title: z.string(), score: z.number(), sharedTerms: z.array(z.string()) });

export const TaskSummary = z
  .object({
    id: z.string(),
    callId: z.string(),
    callTitle: z.string(),
    title: z.string(),
    origin: z.enum(taskOrigins),
    status: z.enum(taskStatuses),
    proposerName: z.string().nullable(),
    leadName: z.string().nullable(),
    receiptNumber: z.string().nullable(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
    overdueReports: z.number(),
  })
  .meta({ id: 'ProgrammeTaskSummary' });
export const TaskList = pageOf('ProgrammeTaskList', TaskSummary);
/** `q`: words of the title (accents ignored), for pickers that search tasks on the server. */
export const TaskListQuery = PageQuery.extend({
  status: z.enum(taskStatuses).optional(),
  mine: z.enum(['true', 'false']).optional(),
  /** Words found in the task's title or receipt number (with or without diacritics). */
  q: z.string().trim().max(TEXT_SHORT_MAX).optional(),
});

export const TaskDetail = z
  .object({
    id: z.string(),
    callId: z.string(),
    callTitle: z.string(),
    callDeadlineAt: z.string().nullable(),
    proposerOrganisationId: z.string().nullable(),
    proposerName: z.string().nullable(),
    leadOrganisationId: z.string().nullable(),
    leadName: z.string().nullable(),
    origin: z.enum(taskOrigins),
    title: z.string(),
    objectives: z.string(),
    technology: z.string(),
    products: z.string(),
    partners: z.string(),
    sectorCode: z.string().nullable(),
    provinceCode: z.string().nullable(),
    startOn: z.string().nullable(),
    months: z.number().nullable(),
    status: z.enum(taskStatuses),
    version: z.number(),
    receiptNumber: z.string().nullable(),
    submittedAt: z.string().nullable(),
    acceptanceRating: z.enum(ratings).nullable(),
    finalReportRating: z.enum(ratings).nullable(),
    publicSummary: z.string().nullable(),
    summaryPublishedAt: z.string().nullable(),
    history: z.array(HistoryEntry),
    budget: z.object({ lines: z.array(BudgetLine), proposed: Totals, appraised: Totals, contracted: Totals }),
    reports: z.array(Report),
    inspections: z.array(Inspection),
    acceptedProducts: z.array(Product),
    /** Close pairs with past tasks and offers: for agency staff only (null for others). */
    overlaps: z.array(Overlap).nullable(),
    /** The councils' consolidated conclusions on the task: the proposer's feedback. */
    councilReviews: z.array(CouncilReview),
    actions: z.array(z.enum(taskActions)),
    canEditDraft: z.boolean(),
    canRun: z.boolean(),
  })
  .meta({ id: 'ProgrammeTaskDetail' });
export type TaskDetail = z.infer<typeof TaskDetail>;

export const PublicSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    leadName: z.string().nullable(),
    origin: z.enum(taskOrigins),
    sectorCode: z.string().nullable(),
    provinceCode: z.string().nullable(),
    startOn: z.string().nullable(),
    months: z.number().nullable(),
    acceptanceRating: z.enum(ratings).nullable(),
    publicSummary: z.string(),
    publishedAt: z.string(),
    contracted: Totals,
    products: z.array(Product.pick({ id: true, name: true, description: true, isTechnology: true, offerId: true })),
  })
  .meta({ id: 'ProgrammePublicSummary' });
export const PublicSummaryList = pageOf(
  'ProgrammePublicSummaryList',
  PublicSummary.pick({ id: true, title: true, leadName: true, publishedAt: true, acceptanceRating: true }),
);

export const DashboardQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), asOf: isoDate.optional() });
const Breakdown = z.object({ proposals: z.number(), tasks: z.number() });
export const Dashboard = z
  .object({
    asOf: z.string(),
    proposals: z.number(),
    tasks: z.number(),
    byStatus: z.record(z.string(), z.number()),
    byOrigin: z.array(Breakdown.extend({ origin: z.enum(taskOrigins) })),
    bySector: z.array(Breakdown.extend({ code: z.string() })),
    byProvince: z.array(Breakdown.extend({ code: z.string() })),
    budget: Totals,
    enterpriseShareOfState: z.number(),
    enterpriseShareOfTasks: z.number(),
    year: z.object({
      year: z.number(),
      submitted: z.number(),
      toCouncil: z.number(),
      appraised: z.object({
        count: z.number(),
        totalVnd: z.number(),
        stateVnd: z.number(),
        enterpriseLed: z.object({ count: z.number(), totalVnd: z.number(), stateVnd: z.number() }),
      }),
      contracted: z.number(),
      inspected: z.number(),
      accepted: z.number(),
      reportsFiled: z.number(),
    }),
    acceptedToDate: z.number(),
    reports: z.object({ dueSoon: z.number(), overdue: z.number(), tasksWithOverdue: z.number() }),
  })
  .meta({ id: 'ProgrammeDashboard' });
export type Dashboard = z.infer<typeof Dashboard>;

export const ProposerOptions = z.object({
  organisations: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  isAgency: z.boolean(),
});
