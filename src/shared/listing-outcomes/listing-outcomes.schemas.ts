import { z } from 'zod';

/** The figures of what a listing achieved; each figure's meaning is spelt out in the screens and the workbook. */
export const ListingOutcome = z
  .object({
    /** Opens of the listing's page by people outside its owner organisation (its author's and members' own views left out). */
    views: z.number().int(),
    /** Saved searches that announced the listing in a digest (the platform's way of keeping a listing in view). */
    saves: z.number().int(),
    /** People who have the listing in their saved listings ("Saved"), by when they saved it; a removed save no longer counts. */
    bookmarks: z.number().int(),
    /** Demand–offer (or demand–expert) matches the background matcher kept for the listing. */
    matches: z.number().int(),
    /** Connections opened from the listing (every request, declined ones included): the funnel's first step. */
    contacts: z.number().int(),
    /** Of those, connections that reached a meeting; then an MoU; then a contract (the funnel's rule). */
    meetings: z.number().int(),
    mous: z.number().int(),
    contracts: z.number().int(),
    /** Values of the MoUs and of the transfer and consulting contracts recorded on those connections. */
    mouValueVnd: z.number(),
    contractValueVnd: z.number(),
  })
  .meta({ id: 'ListingOutcome' });
export type ListingOutcome = z.infer<typeof ListingOutcome>;

export const ListingOutcomeReport = z
  .object({
    recordType: z.enum(['offer', 'demand']),
    recordId: z.uuid(),
    title: z.string(),
    outcome: ListingOutcome,
  })
  .meta({ id: 'ListingOutcomeReport' });
export type ListingOutcomeReport = z.infer<typeof ListingOutcomeReport>;

export const ListingOutcomeMonthsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});
export type ListingOutcomeMonthsQuery = z.infer<typeof ListingOutcomeMonthsQuery>;

export const ConnectionPointIdParams = z.object({ id: z.uuid() });

/** A connection point's listings (offers and demands of its provinces), month by month over a year. */
export const ListingOutcomeMonths = z
  .object({
    connectionPoint: z.object({ id: z.uuid(), nameVi: z.string(), nameEn: z.string().nullable(), provinces: z.array(z.string()) }),
    year: z.number().int(),
    /** Offers and demands of the point's provinces (submitted or later), the listings counted. */
    listings: z.object({ offers: z.number().int(), demands: z.number().int() }),
    months: z.array(ListingOutcome.extend({ month: z.string() })),
    total: ListingOutcome,
  })
  .meta({ id: 'ListingOutcomeMonths' });
export type ListingOutcomeMonths = z.infer<typeof ListingOutcomeMonths>;
