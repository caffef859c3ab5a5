import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination.js';
import { optionalText, requiredText } from '../organisations/text-fields.js';
import { CampaignReminders, ReminderScheduleFields } from './campaign-reminders.schemas.js';

/** Where an assessment is in its workflow. */
export const assessmentStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;

export const EVIDENCE_MAX = 2000;
export const REVIEW_COMMENT_MAX = 2000;

const LocalText = z.object({ vi: z.string(), en: z.string() });

export const MethodologySummary = z
  .object({
    id: z.string(),
    code: z.string(),
    version: z.number(),
    status: z.string(),
    name: LocalText,
    legalReference: z.string(),
    totalPoints: z.number(),
    criteria: z.number(),
    provisional: z.boolean(),
  })
  .meta({ id: 'AssessmentMethodologySummary' });

export const MethodologyList = pageOf('AssessmentMethodologyList', MethodologySummary, { canPublish: z.boolean() });

/** A new methodology version as a whole document (see src/domain/assessment/README.md); checked by the domain before it is stored. */
export const MethodologyPublish = z.object({ document: z.record(z.string(), z.unknown()) }).meta({ id: 'AssessmentMethodologyPublish' });

/**
 * One methodology version as stored (the domain's document, validated before it was stored; see
 * src/domain/assessment/README.md), every rule in words and the parts not checked against the published text.
 */
export const MethodologyDetail = z
  .object({
    methodology: z.looseObject({ id: z.string(), code: z.string(), version: z.number() }),
    rules: z.record(z.string(), LocalText),
    unverified: z.array(z.object({ part: z.string(), note: LocalText.nullable() })),
  })
  .meta({ id: 'AssessmentMethodologyDetail' });

export const AssessmentStart = z
  .object({
    /**
     * An id chosen by the device (a phone offline): sending the same start again answers the assessment
     * it already made (200), never a second one, so a retry after a lost answer makes no duplicate.
     */
    id: z.uuid().optional(),
    organisationId: z.uuid(),
    methodologyId: z.string().min(1).max(100),
    vsicDivision: z
      .string()
      .trim()
      .refine((v) => /^\d{2}$/.test(v), { params: { key: 'vsic_division' } }),
  })
  .meta({ id: 'AssessmentStart' });
export type AssessmentStart = z.infer<typeof AssessmentStart>;

export const AnswerInputItem = z.object({
  questionId: z.string().min(1).max(100),
  status: z.enum(['answered', 'dont-know', 'not-applicable']),
  value: z.union([z.number(), z.boolean(), z.string().max(200), z.array(z.string().max(100)).max(50)]).optional(),
  evidence: optionalText(EVIDENCE_MAX),
  /**
   * When the answer was last saved as the person saw it (null: it had no answer yet); omitted, the
   * answer is saved as it is. If someone has saved a different answer since, nothing is written and the
   * server answers 409 CONFLICT with the current answers (`details.conflicts`), never a silent overwrite.
   */
  baseUpdatedAt: z.iso.datetime({ offset: true }).nullable().optional(),
});

/** Answers saved as one goes: one or a few questions at a time, checked against the assessment's methodology version. */
export const AnswersSave = z
  .object({
    /** The methodology version the form was drawn from; an answer to another version is refused. */
    methodologyId: z.string().min(1).max(100),
    answers: z.array(AnswerInputItem).min(1).max(200),
  })
  .meta({ id: 'AssessmentAnswersSave' });
export type AnswersSave = z.infer<typeof AnswersSave>;

export const ReviewReturn = z.object({ comment: requiredText(REVIEW_COMMENT_MAX) }).meta({ id: 'AssessmentReturn' });
export const ReviewApprove = z.object({ comment: optionalText(REVIEW_COMMENT_MAX) }).meta({ id: 'AssessmentApprove' });

/** An answer changed since the edit was based on it: what the server holds now (the 409's `details.conflicts`). */
export type AnswerConflict = { questionId: string; current: { status: string; value?: unknown; evidence?: string; updatedAt: string } | null };

export const StoredAnswer = z.object({
  status: z.enum(['answered', 'dont-know', 'not-applicable']),
  value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]).optional(),
  evidence: z.string().optional(),
  updatedAt: z.string(),
});

export const AssessmentSummary = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    provinceCode: z.string().nullable(),
    methodologyId: z.string(),
    methodologyName: LocalText,
    vsicDivision: z.string(),
    status: z.enum(assessmentStatuses),
    total: z.number().nullable(),
    level: LocalText.nullable(),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'AssessmentSummary' });

/** A page of assessments, newest first; `nextCursor` continues after the last one (null: no more). */
export const AssessmentList = z
  .object({ items: z.array(AssessmentSummary), total: z.number(), nextCursor: z.string().nullable() })
  .meta({ id: 'AssessmentList' });

export const ASSESSMENT_PAGE_MAX = 100;

/** Where the previous page ended: its last assessment's creation time and id ("<ISO time>~<uuid>"). */
export const AssessmentCursor = z
  .string()
  .max(100)
  .refine((v) => /^\d{4}-\d{2}-\d{2}T[\d:.]+Z~[0-9a-f-]{36}$/i.test(v) && !Number.isNaN(Date.parse(v.split('~')[0])), { params: { key: 'invalid_cursor' } });

export const AssessmentDetail = AssessmentSummary.extend({
  answers: z.record(z.string(), StoredAnswer),
  reviewComment: z.string().nullable(),
  version: z.number(),
  completeness: z.object({ answered: z.number(), total: z.number(), share: z.number() }),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canReview: z.boolean(),
  /** The assessor may reopen an approved assessment (recorded as a reopening). */
  canReopen: z.boolean(),
}).meta({ id: 'AssessmentDetail' });

/** The report of a submitted or approved assessment: the domain's score, sector comparison, weaknesses and change (see src/domain/assessment). */
export const AssessmentReport = z
  .object({
    assessment: AssessmentSummary,
    provisional: z.boolean(),
    unverified: z.array(z.object({ part: z.string(), note: LocalText.nullable() })),
    score: z.looseObject({ total: z.number(), coefficient: z.number() }),
    sector: z.looseObject({ status: z.string() }),
    comparison: z.looseObject({ status: z.string() }),
    weaknesses: z.array(z.looseObject({ code: z.string() })),
    previous: z.object({ id: z.string(), reviewedAt: z.string().nullable(), change: z.looseObject({ sameMethodology: z.boolean() }) }).nullable(),
    canDraftDemand: z.boolean(),
  })
  .meta({ id: 'AssessmentReport' });

export const EligibleOrganisations = pageOf(
  'AssessmentEligibleOrganisations',
  z.object({ id: z.string(), name: z.string(), provinceCode: z.string().nullable() }),
);
/** `q`: part of the enterprise's name (accents ignored); the pickers search with it. */
export const EligibleOrganisationsQuery = PageQuery.extend({ q: z.string().trim().max(100).optional() });

export const DemandFromWeakness = z.object({ criterion: z.string().min(1).max(50) }).meta({ id: 'AssessmentDemandFromWeakness' });
export const DemandDrafted = z.object({ demandId: z.string() }).meta({ id: 'AssessmentDemandDrafted' });

export const CAMPAIGN_NAME_MAX = 200;
export const campaignStages = ['invited', 'started', 'submitted', 'verified'] as const;

export const CampaignCreate = z
  .object({
    name: requiredText(CAMPAIGN_NAME_MAX),
    methodologyId: z.string().min(1).max(100),
    vsicDivision: AssessmentStart.shape.vsicDivision,
    organisationIds: z.array(z.uuid()).min(1).max(500),
    ...ReminderScheduleFields,
  })
  .meta({ id: 'AssessmentCampaignCreate' });
export type CampaignCreate = z.infer<typeof CampaignCreate>;

const CampaignProgress = z.object({ invited: z.number(), started: z.number(), submitted: z.number(), verified: z.number(), total: z.number() });

export const CampaignSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    methodologyId: z.string(),
    methodologyName: LocalText,
    vsicDivision: z.string(),
    provinceCodes: z.array(z.string()),
    createdAt: z.string(),
    progress: CampaignProgress,
  })
  .meta({ id: 'AssessmentCampaignSummary' });

/** An enterprise's own invitations: which campaign asks which of its organisations to assess itself. */
export const CampaignInvitation = z
  .object({
    campaignId: z.string(),
    name: z.string(),
    methodologyId: z.string(),
    vsicDivision: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    /** The day answers are due, when the campaign has one. */
    deadline: z.string().nullable(),
  })
  .meta({ id: 'AssessmentCampaignInvitation' });

/** A page of campaigns; `invitations` are the caller's own open ones (few: one per campaign and organisation), always in full. */
export const CampaignList = pageOf('AssessmentCampaignList', CampaignSummary, { canCreate: z.boolean(), invitations: z.array(CampaignInvitation) });

/** A campaign with each target enterprise's stage: invited (nothing started), started, submitted, verified (approved). */
export const CampaignDetail = CampaignSummary.extend({
  version: z.number(),
  reminders: CampaignReminders,
  targets: z.array(
    z.object({
      organisationId: z.string(),
      name: z.string(),
      provinceCode: z.string().nullable(),
      stage: z.enum(campaignStages),
      assessmentId: z.string().nullable(),
      total: z.number().nullable(),
    }),
  ),
}).meta({ id: 'AssessmentCampaignDetail' });

/** Filters of the assessment dashboard: one methodology (by code, every version), optionally one sector, province or campaign. */
export const DashboardQuery = z
  .object({
    methodologyCode: z.string().trim().min(1).max(100).default('tt17-2019'),
    vsicDivision: z
      .string()
      .trim()
      .refine((v) => /^\d{2}$/.test(v), { params: { key: 'vsic_division' } })
      .optional(),
    provinceCode: z.string().trim().min(1).max(20).optional(),
    campaignId: z.uuid().optional(),
  })
  .meta({ id: 'AssessmentDashboardQuery' });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const Distribution = z.object({ n: z.number(), min: z.number(), q1: z.number(), median: z.number(), q3: z.number(), max: z.number(), mean: z.number() });

const DashboardRow = z.object({
  key: z.string(),
  /** The sector, province or campaign in the reader's language. */
  label: z.string(),
  n: z.number(),
  withheld: z.boolean(),
  meanTotal: z.number().nullable(),
  medianTotal: z.number().nullable(),
  meanCoefficient: z.number().nullable(),
  levels: z.array(z.object({ code: z.string(), count: z.number() })),
  groups: z.array(z.object({ code: z.string(), meanShare: z.number().nullable() })),
});

/**
 * The dashboard of verified assessments: each enterprise counted once with its latest approved
 * assessment under the methodology (any version), within the caller's provinces. Any set of fewer
 * than `minimum` enterprises shows its count only, and no enterprise is ever named.
 */
export const AssessmentDashboard = z
  .object({
    methodology: z.object({ id: z.string(), code: z.string(), name: LocalText, provisional: z.boolean() }),
    methodologies: z.array(z.object({ code: z.string(), name: LocalText })),
    scope: z.object({ national: z.boolean(), provinces: z.array(z.string()) }),
    n: z.number(),
    minimum: z.number(),
    levels: z.array(z.object({ code: z.string(), name: LocalText })),
    groups: z.array(z.object({ code: z.string(), name: LocalText, maxPoints: z.number() })),
    overall: z
      .object({
        total: Distribution,
        coefficient: Distribution,
        groups: z.array(z.object({ code: z.string(), points: Distribution.nullable(), share: Distribution.nullable() })),
        levels: z.array(z.object({ code: z.string(), count: z.number(), share: z.number() })),
        weakest: z.array(z.object({ code: z.string(), name: LocalText, n: z.number(), meanShare: z.number(), medianShare: z.number() })),
      })
      .nullable(),
    bySector: z.array(DashboardRow),
    byProvince: z.array(DashboardRow),
    byCampaign: z.array(DashboardRow),
    campaigns: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: 'AssessmentDashboard' });
export type AssessmentDashboard = z.infer<typeof AssessmentDashboard>;
