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

/** A record being written, checked against the catalogue before it is saved. */
export const DuplicateCheckBody = z.object({
  type: z.enum(['offer', 'demand']),
  /** The record itself when it is edited, so it is not its own duplicate. */
  id: z.uuid().optional(),
  title: z.string().trim().min(1).max(500),
  summary: z.string().max(20_000).nullish(),
  description: z.string().max(50_000).nullish(),
  keywords: z.array(z.string().max(200)).max(50).nullish(),
  sectorCode: z.string().max(10).nullish(),
  provinceCode: z.string().max(10).nullish(),
  trl: z.number().int().min(1).max(9).nullish(),
  priceVnd: z.number().nonnegative().nullish(),
});
export type DuplicateCheckBody = z.infer<typeof DuplicateCheckBody>;

export const DuplicateCheckResult = z
  .object({ items: z.array(z.object({ score: z.number(), record: Side, agree: z.array(Part) })) })
  .meta({ id: 'DuplicateCheckResult' });
export type DuplicateCheckResult = z.infer<typeof DuplicateCheckResult>;
