import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination.js';

export const savedSearchFrequencies = ['immediate', 'daily', 'weekly'] as const;
export const savedSearchTypes = ['offer', 'demand', 'expert'] as const;

/** The search page's address parameters, kept as they were (words and filters; never a cursor). */
const SavedQuery = z
  .record(z.string().regex(/^[a-zA-Z]{1,30}$/), z.string().max(500))
  .refine((q) => Object.keys(q).length <= 20, { message: 'too many parameters' })
  .transform((q) => Object.fromEntries(Object.entries(q).filter(([key]) => !['cursor', 'limit', 'sort'].includes(key))));

export const SavedSearchCreate = z.object({
  type: z.enum(savedSearchTypes),
  name: z.string().trim().min(1).max(200),
  query: SavedQuery,
  frequency: z.enum(savedSearchFrequencies).default('daily'),
});
export type SavedSearchCreate = z.infer<typeof SavedSearchCreate>;

export const SavedSearchPatch = z.object({ name: z.string().trim().min(1).max(200).optional(), frequency: z.enum(savedSearchFrequencies).optional() });
export type SavedSearchPatch = z.infer<typeof SavedSearchPatch>;

export const SavedSearch = z
  .object({
    id: z.uuid(),
    type: z.enum(savedSearchTypes),
    name: z.string(),
    query: z.record(z.string(), z.string()),
    frequency: z.enum(savedSearchFrequencies),
    lastSentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearch = z.infer<typeof SavedSearch>;

export const SavedSearchList = pageOf('SavedSearchList', SavedSearch);
/** `type`: only the searches of one record kind (a record's page asks whether there is any). */
export const SavedSearchListQuery = PageQuery.extend({ type: z.enum(savedSearchTypes).optional() });
export const SavedSearchParams = z.object({ id: z.uuid() });
export const DismissBody = z.object({ recordId: z.uuid() });
