import { z } from 'zod';

export const DuplicatesQuery = z.object({ type: z.enum(['offer', 'demand']).default('offer') });
export type DuplicatesQuery = z.infer<typeof DuplicatesQuery>;

const Side = z.object({ id: z.uuid(), title: z.string(), status: z.string(), provinceCode: z.string().nullable(), updatedAt: z.string() });
const Part = z.enum(['title', 'text', 'numbers', 'owner', 'sector', 'fields', 'country', 'province', 'trl', 'price']);

/** Likely duplicates among the catalogue's records (other connection points' included), for a moderator of either record. */
export const DuplicatePairList = z
  .object({
    items: z.array(
      z.object({
        score: z.number(),
        a: Side,
        b: Side,
        agree: z.array(Part),
        differ: z.array(Part),
        onlyInA: z.array(z.string()),
        onlyInB: z.array(z.string()),
      }),
    ),
    compared: z.number(),
  })
  .meta({ id: 'DuplicatePairList' });
export type DuplicatePairList = z.infer<typeof DuplicatePairList>;
