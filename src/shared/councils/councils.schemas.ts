import { z } from 'zod';
import { innovationActivities } from '../../domain/programmes/award-eligibility.js';
import { councilKinds, councilRoles } from '../../domain/programmes/council-rules.js';
import { pageOf } from '../pagination.js';

const shortText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const instant = z.iso.datetime({ offset: true });

/** The kinds of dossier a council can review; a new source adds its kind here and one file in the councils module. */
export const dossierKinds = ['award-nomination', 'programme-task'] as const;
export type DossierKind = (typeof dossierKinds)[number];

export const FormCriterion = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{0,39}$/),
  label: shortText(200),
  labelEn: optionalText(200),
  maxPoints: z.number().positive().max(1000),
  weight: z.number().positive().max(100).default(1),
  minPoints: z.number().min(0).nullable().default(null),
});
export const ScoringFormBody = z.object({ id: shortText(60), criteria: z.array(FormCriterion).min(1).max(20), passTotal: z.number().min(0) });

/**
 * A council's rules as its convener's staff edit them before scoring starts: the criteria (named in
 * Vietnamese and English, with maximum points, weight and minimum), the scale their weighted
 * maximum adds up to, the pass mark, the quorum (sheets needed to consolidate) and the tie rule.
 */
export const CouncilRulesBody = z
  .object({
    criteria: z
      .array(FormCriterion.extend({ labelEn: shortText(200) }))
      .min(1)
      .max(20),
    /** The total the council scores on (100 points by default); Σ weight × maxPoints must equal it. */
    scale: z.number().positive().max(1000),
    passTotal: z.number().min(0).max(1000),
    /** Quorum: submitted sheets a dossier needs before it can be consolidated. */
    minSheets: z.number().int().min(1).max(25),
    /** Equal totals are ordered by this criterion's score; null: the chair decides. */
    tieBreak: z.string().trim().min(1).max(40).nullable(),
  })
  .meta({ id: 'CouncilRulesBody' });
export type CouncilRulesBody = z.infer<typeof CouncilRulesBody>;

export const CouncilMemberInput = z
  .object({
    expertId: z.uuid().nullish(),
    userId: z.string().trim().min(1).max(100).nullish(),
    role: z.enum(councilRoles),
    /** An independent expert; defaults to true for experts from the directory, false for staff. */
    external: z.boolean().nullish(),
  })
  .refine((m) => !!m.expertId !== !!m.userId, { path: ['userId'], params: { key: 'expert_or_staff' } });

export const CouncilBody = z
  .object({
    kind: z.enum(councilKinds),
    name: shortText(300),
    convenerOrganisationId: z.uuid(),
    meetingDate: z.iso.date().nullish(),
    form: ScoringFormBody.nullish(),
    members: z.array(CouncilMemberInput).min(1).max(25),
  })
  .meta({ id: 'CouncilBody' });
export type CouncilBody = z.infer<typeof CouncilBody>;

export const DossiersBody = z.object({
  dossierKind: z.enum(dossierKinds),
  dossierIds: z.array(z.uuid()).min(1).max(200),
  /** Members to assign; every scoring member when left out. */
  memberIds: z.array(z.uuid()).max(25).nullish(),
});
export const AssignmentsBody = z.object({
  assignments: z
    .array(z.object({ councilDossierId: z.uuid(), memberIds: z.array(z.uuid()).max(25) }))
    .min(1)
    .max(200),
});
export const ProposeBody = z.object({ perDossier: z.number().int().min(1).max(20).default(5) });
export const DeclarationBody = z
  .object({ conflict: z.boolean(), reason: optionalText(1000) })
  .refine((d) => !d.conflict || !!d.reason, { path: ['reason'], params: { key: 'conflict_reason_required' } });
export const SheetBody = z.object({
  scores: z.record(z.string(), z.number().nullable()),
  comments: z.record(z.string(), z.string().max(4000)).default({}),
});
export const ConsolidateBody = z.object({
  comments: z.record(z.string(), z.string().trim().max(4000)).default({}),
  conclusion: optionalText(4000),
});

const Member = z.object({
  id: z.string(),
  userId: z.string(),
  expertId: z.string().nullable(),
  role: z.enum(councilRoles),
  name: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  external: z.boolean(),
});
const Rule = z.object({
  kind: z.enum(councilKinds),
  scorerCounts: z.array(z.number()),
  chairs: z.object({ min: z.number(), max: z.number() }),
  viceChairs: z.object({ min: z.number(), max: z.number() }),
  secretaries: z.object({ min: z.number(), max: z.number() }),
  secretaryScores: z.boolean(),
  minExternal: z.number(),
  proposerMayServe: z.boolean(),
  quorum: z.object({ share: z.number(), minScorers: z.number(), presidingRequired: z.boolean() }),
});
/** A kind's rule as shown with its kind (`/api/councils/options`, and the answer to an edit). */
export const CompositionRuleView = Rule.meta({ id: 'CouncilCompositionRule' });

const seats = z.number().int().min(0).max(25);
const seatRange = z.object({ min: seats, max: seats });
/** A kind's composition rule as agency staff set it (the law's defaults live in src/domain/programmes/council-rules). */
export const CompositionRuleBody = z
  .object({
    scorerCounts: z.array(z.number().int().min(1).max(25)).min(1).max(25),
    chairs: seatRange,
    viceChairs: seatRange,
    secretaries: seatRange,
    secretaryScores: z.boolean(),
    minExternal: seats,
    proposerMayServe: z.boolean(),
    quorum: z.object({ share: z.number().gt(0).max(1), minScorers: z.number().int().min(1).max(25), presidingRequired: z.boolean() }),
  })
  .meta({ id: 'CouncilCompositionRuleBody' });
export const CouncilKindParams = z.object({ kind: z.enum(councilKinds) });

const Form = z.object({
  id: z.string(),
  criteria: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      labelEn: z.string().nullable(),
      maxPoints: z.number(),
      weight: z.number(),
      minPoints: z.number().nullable(),
    }),
  ),
  passTotal: z.number(),
});
export const CouncilOptions = z
  .object({
    rules: z.array(Rule),
    /** Agency staff may change each kind's composition rule (`PUT /api/council-composition-rules/{kind}`). */
    canEditKindRules: z.boolean(),
    forms: z.array(Form),
    conveners: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
    candidates: z.array(
      z.object({
        expertId: z.string().nullable(),
        userId: z.string(),
        name: z.string(),
        organisationName: z.string().nullable(),
        fieldCodes: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'CouncilOptions' });

const DossierRow = z.object({
  id: z.string(),
  dossierKind: z.enum(dossierKinds),
  dossierId: z.string(),
  /** Null until the member declared no conflict (only the organisations involved are shown to declare). */
  title: z.string(),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  consolidated: z.boolean(),
  total: z.number().nullable(),
  passed: z.boolean().nullable(),
  assignedMemberIds: z.array(z.string()),
  excludedMemberIds: z.array(z.string()),
  submittedMemberIds: z.array(z.string()),
  /** The caller's own state on this dossier, when a member. */
  mine: z
    .object({
      declared: z.boolean(),
      /** The councils policy asks this member to declare on the dossier before opening it. */
      mustDeclare: z.boolean(),
      sheetSubmitted: z.boolean(),
    })
    .nullable(),
});
export const CouncilSummary = z.object({
  id: z.string(),
  kind: z.enum(councilKinds),
  name: z.string(),
  convenerName: z.string(),
  meetingDate: z.string().nullable(),
  myRole: z.enum(councilRoles).nullable(),
  dossiers: z.number(),
  createdAt: instant,
});
export const CouncilList = pageOf('CouncilList', CouncilSummary, { canCreate: z.boolean() });
/** A council's rules as saved. */
export const CouncilRules = z.object({ form: Form, minSheets: z.number(), tieBreak: z.string().nullable() }).meta({ id: 'CouncilRules' });

export const CouncilDetail = CouncilSummary.extend({
  convenerOrganisationId: z.string(),
  form: Form,
  /** The composition rule the council was formed under (the kind's rule may have changed since). */
  rule: Rule,
  minSheets: z.number(),
  /** The criterion whose score orders equal totals; null: the chair decides. */
  tieBreak: z.string().nullable(),
  members: z.array(Member),
  dossiers: z.array(DossierRow),
  canManage: z.boolean(),
  /** The caller follows every dossier's sheets and exclusions (the convener's staff, the secretary). */
  seesProgress: z.boolean(),
  /** A score sheet exists: the rules are what members scored against and can no longer change. */
  scoringStarted: z.boolean(),
  /** The councils policy lets the caller edit the rules (the convener's staff, before scoring starts). */
  canEditRules: z.boolean(),
  myMemberId: z.string().nullable(),
}).meta({ id: 'CouncilDetail' });

const Sheet = z.object({
  memberId: z.string(),
  memberName: z.string(),
  scores: z.record(z.string(), z.number().nullable()),
  comments: z.record(z.string(), z.string()),
  total: z.number(),
  submittedAt: instant.nullable(),
});
const Consensus = z.object({
  sheets: z.number(),
  enough: z.boolean(),
  criteria: z.array(
    z.object({
      key: z.string(),
      mean: z.number(),
      median: z.number(),
      min: z.number(),
      max: z.number(),
      value: z.number(),
      passed: z.boolean(),
      comments: z.array(z.object({ scorerId: z.string(), text: z.string() })),
      consensusComment: z.string().nullable(),
    }),
  ),
  total: z.number(),
  passed: z.boolean(),
  failedOn: z.array(z.string()),
  outliers: z.array(z.object({ scorerId: z.string(), total: z.number(), reference: z.number(), measure: z.number() })),
  conclusion: z.string().nullable(),
});
export const DossierDetail = z
  .object({
    id: z.string(),
    councilId: z.string(),
    councilName: z.string(),
    councilKind: z.enum(councilKinds),
    dossierKind: z.enum(dossierKinds),
    dossierId: z.string(),
    title: z.string(),
    fields: z.array(z.object({ label: z.string(), value: z.string() })),
    organisations: z.array(z.object({ id: z.string(), name: z.string() })),
    link: z.string().nullable(),
    form: Form,
    mySheet: Sheet.nullable(),
    /** Every sheet: for the secretary and the convener, or for members once consolidated. */
    sheets: z.array(Sheet).nullable(),
    preview: Consensus.nullable(),
    result: Consensus.nullable(),
    consolidatedAt: instant.nullable(),
    canConsolidate: z.boolean(),
  })
  .meta({ id: 'CouncilDossierDetail' });
export type DossierDetail = z.infer<typeof DossierDetail>;
export type CouncilDetail = z.infer<typeof CouncilDetail>;
export type Consensus = z.infer<typeof Consensus>;

export const AssignmentProposal = z.object({
  ok: z.boolean(),
  cap: z.number(),
  assignments: z.array(z.object({ councilDossierId: z.string(), memberIds: z.array(z.string()) })),
  loads: z.record(z.string(), z.number()),
  shortfall: z.array(z.object({ councilDossierId: z.string(), eligibleReviewers: z.number() })),
});

export const Minutes = z
  .object({
    councilId: z.string(),
    councilName: z.string(),
    councilKind: z.enum(councilKinds),
    convenerName: z.string(),
    meetingDate: z.string().nullable(),
    members: z.array(Member),
    form: Form,
    dossiers: z.array(
      z.object({
        title: z.string(),
        excluded: z.array(z.object({ name: z.string(), reason: z.string().nullable() })),
        result: Consensus.nullable(),
        consolidatedAt: instant.nullable(),
      }),
    ),
  })
  .meta({ id: 'CouncilMinutes' });
export type Minutes = z.infer<typeof Minutes>;

// ---- The innovation award ----
export const AwardRoundBody = z
  .object({
    name: shortText(300),
    nameEn: optionalText(300),
    fromYear: z.number().int().min(2000).max(2100),
    toYear: z.number().int().min(2000).max(2100),
    maxHonourees: z.number().int().min(1).max(1000).default(100),
    qualifyingActivities: z
      .array(z.enum(innovationActivities))
      .min(1)
      .default([...innovationActivities]),
    minActivities: z.number().int().min(1).max(5).default(1),
  })
  .refine((b) => b.toYear >= b.fromYear, { path: ['toYear'], params: { key: 'ends_before_start' } })
  .meta({ id: 'AwardRoundBody' });
export const NominationBody = z.object({ enterpriseId: z.uuid() });
export const TieBody = z.object({ nominationIds: z.array(z.uuid()).min(2).max(200), note: optionalText(2000) });

export const Evidence = z.object({
  activity: z.enum(innovationActivities),
  sourceKind: z.string(),
  recordId: z.string(),
  date: z.string(),
  title: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;
export const AwardRound = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  fromYear: z.number(),
  toYear: z.number(),
  maxHonourees: z.number(),
  qualifyingActivities: z.array(z.enum(innovationActivities)),
  minActivities: z.number(),
  rankedAt: instant.nullable(),
  nominations: z.number(),
  honourees: z.number(),
});
export const AwardRoundList = pageOf('AwardRoundList', AwardRound, { canCreate: z.boolean() });
const Nomination = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  provinceCode: z.string().nullable(),
  activities: z.array(z.enum(innovationActivities)),
  evidence: z.array(Evidence),
  provincialScore: z.number().nullable(),
  ministryScore: z.number().nullable(),
  tier: z.number().nullable(),
});
export const AwardRoundDetail = AwardRound.extend({
  canManage: z.boolean(),
  canNominate: z.boolean(),
  /** Agency staff, and the ministry council's chair and secretary (who break its ties), read the ranking. */
  canReadRanking: z.boolean(),
  nominations: z.array(Nomination),
}).meta({ id: 'AwardRoundDetail' });
const EligibleEnterprise = z
  .object({
    enterpriseId: z.string(),
    enterpriseName: z.string(),
    provinceCode: z.string().nullable(),
    activities: z.array(z.enum(innovationActivities)),
    evidence: z.array(Evidence),
    nominationId: z.string().nullable(),
  })
  .meta({ id: 'AwardEligibleEnterprise' });
/** Every enterprise eligible for a round (a department's province), most activities first, a page at a time. */
export const EligibleList = pageOf('AwardEligibleList', EligibleEnterprise);
/** A council's consolidated conclusion on one dossier, as the dossier's owner reads it. */
export const CouncilReview = z.object({ councilName: z.string(), councilKind: z.enum(councilKinds), form: Form, result: Consensus });

export const NominationDetail = Nomination.extend({
  roundId: z.string(),
  roundName: z.string(),
  reviews: z.array(CouncilReview),
  certificateCode: z.string().nullable(),
}).meta({ id: 'AwardNominationDetail' });
const Ranked = z.object({
  nominationId: z.string(),
  enterpriseName: z.string(),
  score: z.number(),
  scorers: z.number(),
  position: z.number(),
  tier: z.number().nullable(),
  honoured: z.boolean().nullable(),
});
export const RankingResult = z
  .object({
    complete: z.boolean(),
    /** The caller chairs (or is secretary of) the ministry's council and the ranking is not published. */
    canBreakTies: z.boolean(),
    ranked: z.array(Ranked),
    notRankable: z.array(z.object({ nominationId: z.string(), scorers: z.number() })),
    ties: z.array(
      z.object({
        boundaries: z.array(z.string()),
        score: z.number(),
        nominationIds: z.array(z.string()),
        decision: z.object({ decidedBy: z.string(), decidedAt: instant, note: z.string().nullable() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'AwardRanking' });
export const Honourees = z
  .object({
    round: AwardRound,
    items: z.array(
      z.object({
        enterpriseName: z.string(),
        provinceCode: z.string().nullable(),
        tier: z.number(),
        position: z.number(),
        score: z.number(),
        certificateCode: z.string(),
      }),
    ),
  })
  .meta({ id: 'AwardHonourees' });
export const Verification = z
  .object({
    valid: z.boolean(),
    enterpriseName: z.string(),
    roundName: z.string(),
    roundNameEn: z.string().nullable(),
    fromYear: z.number(),
    toYear: z.number(),
    tier: z.number(),
    score: z.number(),
    certificateCode: z.string(),
  })
  .meta({ id: 'AwardVerification' });
