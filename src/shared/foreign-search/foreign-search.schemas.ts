import { z } from 'zod';
import { TimeCursor, pageOf } from '../pagination.js';
import { OfferCreate } from '../catalogue/offer.schemas.js';

/** The states a demand can be in while it waits in a representative office's queue. */
export const foreignQueueStatuses = ['open', 'connecting'] as const;

export const ForeignQueueItem = z
  .object({
    id: z.string(),
    title: z.string(),
    publicSummary: z.string().nullable(),
    keywords: z.array(z.string()),
    fieldCodes: z.array(z.string()),
    status: z.enum(foreignQueueStatuses),
    targetCountries: z.array(z.string()),
    provinceCode: z.string().nullable(),
    ownerName: z.string().nullable(),
    foundOffers: z.number(),
    ageDays: z.number(),
  })
  .meta({ id: 'ForeignQueueItem' });

export const ForeignQueue = z
  .object({
    items: z.array(ForeignQueueItem),
    total: z.number(),
    nextCursor: z.string().nullable(),
    /** The countries the caller searches in (its filter's choices); null for every country. */
    countries: z.array(z.string()).nullable(),
  })
  .meta({ id: 'ForeignQueue' });

export const ForeignQueueQuery = z.object({
  country: z.string().trim().length(2).toUpperCase().optional(),
  /** The demand's state in the queue: still open, or already connecting. */
  status: z.enum(foreignQueueStatuses).optional(),
  /** An S&T field (reference code, level 1 or 2); a level-1 field takes in its level-2 fields. */
  field: z.string().trim().min(1).max(20).optional(),
  cursor: TimeCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ForeignQueueQuery = z.infer<typeof ForeignQueueQuery>;

/** Either link an offer already on the platform, or describe the foreign offer found. */
export const ForeignOfferBody = z
  .object({
    offerId: z.uuid().optional(),
    offer: OfferCreate.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((b) => !!b.offerId !== !!b.offer, { path: ['offer'], params: { key: 'offer_or_offer_id' } })
  .meta({ id: 'ForeignOfferBody' });
export type ForeignOfferBody = z.infer<typeof ForeignOfferBody>;

export const ForeignOfferLink = z
  .object({
    id: z.string(),
    offer: z.object({ id: z.string(), title: z.string(), country: z.string(), ownerName: z.string().nullable(), language: z.string() }),
    repOfficeName: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ForeignOfferLink' });

/** The foreign offers found for a demand, oldest first, a page at a time. */
export const ForeignOfferLinks = pageOf('ForeignOfferLinks', ForeignOfferLink);
