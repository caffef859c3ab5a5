import { z } from 'zod';
import { PageQuery, pageOf } from '../pagination.js';

export const DuplicatesQuery = PageQuery.extend({ type: z.enum(['offer', 'demand']).default('offer') });
export type DuplicatesQuery = z.infer<typeof DuplicatesQuery>;

const Side = z.object({ id: z.uuid(), title: z.string(), status: z.string(), provinceCode: z.string().nullable(), updatedAt: z.string() });
const Part = z.enum(['title', 'text', 'numbers', 'owner', 'sector', 'fields', 'country', 'province', 'trl', 'price']);

const DuplicatePair = z
  .object({
    score: z.number(),
    a: Side,
    b: Side,
    agree: z.array(Part),
    differ: z.array(Part),
    onlyInA: z.array(z.string()),
    onlyInB: z.array(z.string()),
  })
  .meta({ id: 'DuplicatePair' });

/**
 * Likely duplicates among the catalogue's records (other connection points' included), for a moderator of either
 * record: best score first, every pair left to review (the total), and how many records were compared.
 */
export const DuplicatePairList = pageOf('DuplicatePairList', DuplicatePair, { compared: z.number() });
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

const DuplicateType = z.enum(['offer', 'demand']);

/** A moderator's merge: `mergeId` leaves the catalogue and its links, matches and connections go to `keepId`. */
export const DuplicateMergeBody = z
  .object({ type: DuplicateType, keepId: z.uuid(), mergeId: z.uuid() })
  .refine((b) => b.keepId !== b.mergeId, { path: ['mergeId'], message: 'A record cannot be merged into itself.' });
export type DuplicateMergeBody = z.infer<typeof DuplicateMergeBody>;

export const DuplicateMergeResult = z
  .object({
    keptId: z.uuid(),
    mergedId: z.uuid(),
    /** Rows moved to the kept record, by kind (matches, connections, foreignOffers, exhibits, attachments), the page views moved (views, over viewDays days), and the saves moved (saves; savesAlreadyKept: people who had saved both, who keep one). */
    moved: z.record(z.string(), z.number()),
  })
  .meta({ id: 'DuplicateMergeResult' });
export type DuplicateMergeResult = z.infer<typeof DuplicateMergeResult>;

/** A moderator's judgement that two records are different: the pair is never proposed again. */
export const DuplicateDistinctBody = z
  .object({ type: DuplicateType, aId: z.uuid(), bId: z.uuid() })
  .refine((b) => b.aId !== b.bId, { path: ['bId'], message: 'A record cannot be distinct from itself.' });
export type DuplicateDistinctBody = z.infer<typeof DuplicateDistinctBody>;

export const DuplicateDistinctResult = z.object({ recorded: z.boolean() }).meta({ id: 'DuplicateDistinctResult' });
export type DuplicateDistinctResult = z.infer<typeof DuplicateDistinctResult>;
