import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from './limits.js';

/** A cursor that is the time of the last row of the previous page, as the server hands it out (ISO 8601). */
export const TimeCursor = z.iso.datetime({ offset: true });

/** Page size and opaque cursor shared by every cursor-paged list (the `nextCursor` of the previous page). */
export const PageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});

/**
 * The one page shape of the API: the rows of this page, the real total of the whole list (not capped)
 * and the cursor of the next page (null on the last). `extra` adds list-level fields such as `canCreate`.
 */
export function pageOf<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(id: string, item: T, extra?: E) {
  return z
    .object({ items: z.array(item), total: z.number().int(), nextCursor: z.string().nullable() })
    .extend((extra ?? {}) as E)
    .meta({ id });
}
export type PageQuery = z.infer<typeof PageQuery>;
