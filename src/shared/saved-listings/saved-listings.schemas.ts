import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination.js';

export const savedListingTypes = ['offer', 'demand', 'expert'] as const;
export type SavedListingType = (typeof savedListingTypes)[number];

/** How many listings one person may keep saved. */
export const SAVED_LISTINGS_MAX = 500;

export const SavedListingParams = z.object({ type: z.enum(savedListingTypes), id: z.uuid() });

export const SavedListingQuery = PageQuery.extend({ type: z.enum(savedListingTypes).optional() });
export type SavedListingQuery = z.infer<typeof SavedListingQuery>;

/** Whether the caller saved a listing, and when. */
export const SavedListingState = z.object({ saved: z.boolean(), savedAt: z.string().nullable() }).meta({ id: 'SavedListingState' });
export type SavedListingState = z.infer<typeof SavedListingState>;

export const SavedListingItem = z
  .object({
    type: z.enum(savedListingTypes),
    id: z.uuid(),
    /** The offer's or demand's title, the expert's name. */
    title: z.string(),
    status: z.string(),
    provinceCode: z.string().nullable(),
    savedAt: z.string(),
  })
  .meta({ id: 'SavedListingItem' });
export type SavedListingItem = z.infer<typeof SavedListingItem>;

/** A page of the caller's own saves that they may still see, newest first; `total` counts every one of them. */
export const SavedListingPage = pageOf('SavedListingPage', SavedListingItem);
export type SavedListingPage = z.infer<typeof SavedListingPage>;
