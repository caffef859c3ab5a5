import { z } from 'zod';

export const MATCHES_DEFAULT = 10;
export const MATCHES_MAX = 50;

export const MatchesQuery = z.object({ limit: z.coerce.number().int().min(1).max(MATCHES_MAX).default(MATCHES_DEFAULT) }).meta({ id: 'MatchesQuery' });

const reasonKinds = [
  'same-field',
  'same-field-group',
  'same-sector',
  'phrases',
  'trl-fit',
  'trl-below',
  'within-budget',
  'over-budget',
  'foreign-source',
] as const;

/** Why two records match: `kind` + `params` for the UI to translate, and default texts. */
export const MatchReason = z
  .object({
    kind: z.enum(reasonKinds),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
    text: z.object({ vi: z.string(), en: z.string() }),
  })
  .meta({ id: 'MatchReason' });

const matchedRecord = {
  id: z.uuid(),
  title: z.string(),
  language: z.string(),
  country: z.string(),
  provinceCode: z.string().nullable(),
};

export const OfferMatch = z
  .object({
    offer: z.object({ ...matchedRecord, trl: z.number().int().nullable(), priceVnd: z.number().nullable(), ownerName: z.string().nullable() }),
    score: z.number().int().min(0).max(100),
    reasons: z.array(MatchReason),
  })
  .meta({ id: 'OfferMatch' });

export const DemandMatch = z
  .object({
    demand: z.object({ ...matchedRecord, minTrl: z.number().int().nullable(), ownerName: z.string().nullable() }),
    score: z.number().int().min(0).max(100),
    reasons: z.array(MatchReason),
  })
  .meta({ id: 'DemandMatch' });

export const ExpertMatch = z
  .object({
    expert: z.object({
      id: z.uuid(),
      name: z.string(),
      title: z.string().nullable(),
      affiliationName: z.string().nullable(),
      language: z.string(),
      country: z.string(),
      provinceCode: z.string().nullable(),
    }),
    score: z.number().int().min(0).max(100),
    reasons: z.array(MatchReason),
  })
  .meta({ id: 'ExpertMatch' });

/** A demand's matches: offers (`items`) and, beside them, experts who could help. */
export const OfferMatchList = z
  .object({ items: z.array(OfferMatch), experts: z.array(ExpertMatch), total: z.number().int(), nextCursor: z.null() })
  .meta({ id: 'OfferMatchList' });
export const DemandMatchList = z.object({ items: z.array(DemandMatch), total: z.number().int(), nextCursor: z.null() }).meta({ id: 'DemandMatchList' });

/** Dismissing a match from a demand: the offer or the expert to hide, exactly one. */
export const DemandMatchDismissBody = z
  .object({ offerId: z.uuid().optional(), expertId: z.uuid().optional() })
  .refine((b) => !!b.offerId !== !!b.expertId, { path: ['offerId'], params: { key: 'offer_or_expert' } })
  .meta({ id: 'DemandMatchDismissBody' });
/** Dismissing a match from an offer or an expert: the demand to hide. */
export const SupplyMatchDismissBody = z.object({ demandId: z.uuid() }).meta({ id: 'SupplyMatchDismissBody' });
export const MatchDismissed = z.object({ dismissed: z.literal(true) }).meta({ id: 'MatchDismissed' });

export type OfferMatchList = z.infer<typeof OfferMatchList>;
export type DemandMatchList = z.infer<typeof DemandMatchList>;
export type MatchDismissed = z.infer<typeof MatchDismissed>;

/** The matches of an organisation's records: all its organisations, or one of them. */
export const OrganisationMatchesQuery = z
  .object({
    organisationId: z.uuid().optional(),
    cursor: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(MATCHES_MAX).default(20),
  })
  .meta({ id: 'OrganisationMatchesQuery' });

/** One stored match seen from the organisation's side: its own record, the other record, why they fit. */
export const OrganisationMatch = z
  .object({
    id: z.uuid(),
    /** Which of the pair is the organisation's: its demand, or its offer or expert. */
    side: z.enum(['demand', 'supply']),
    mine: z.object({ type: z.enum(['demand', 'offer', 'expert']), id: z.uuid(), title: z.string() }),
    other: z.object({
      type: z.enum(['demand', 'offer', 'expert']),
      id: z.uuid(),
      title: z.string(),
      ownerName: z.string().nullable(),
      language: z.string(),
    }),
    /** The demand and offer to connect, when the pair is a demand and an offer. */
    connect: z.object({ demandId: z.uuid(), offerId: z.uuid() }).nullable(),
    score: z.number().int().min(0).max(100),
    reasons: z.array(MatchReason),
    computedAt: z.string(),
  })
  .meta({ id: 'OrganisationMatch' });

export const OrganisationMatchList = z
  .object({ items: z.array(OrganisationMatch), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'OrganisationMatchList' });
export type OrganisationMatchList = z.infer<typeof OrganisationMatchList>;
