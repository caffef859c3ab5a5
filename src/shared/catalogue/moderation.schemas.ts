import { z } from 'zod';
import { catalogueTypes } from './catalogue.schemas.js';

/** One record in a work list (moderation queue, workspace, expiring soon). */
export const CatalogueRecordSummary = z
  .object({
    type: z.enum(catalogueTypes),
    id: z.uuid(),
    title: z.string(),
    status: z.string(),
    version: z.number().int(),
    provinceCode: z.string().nullable(),
    ownerOrganisationId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    returnReason: z.string().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    validUntil: z.string().nullable(),
    /** Whole days since submission (queue) or since the last change (workspace). */
    ageDays: z.number().int(),
    /** An offer's or demand's listing score out of 20 and the items it misses (moderation queue only). */
    quality: z
      .object({
        score: z.number().int(),
        missing: z.array(z.string()),
        /** Whether "publish" would publish it under the threshold in force (else it returns it to its author). */
        publishable: z.boolean(),
      })
      .nullable()
      .optional(),
  })
  .meta({ id: 'CatalogueRecordSummary' });
export type CatalogueRecordSummary = z.infer<typeof CatalogueRecordSummary>;

const typeCounts = z.object({ offer: z.number().int(), demand: z.number().int(), expert: z.number().int() });

export const ModerationQueue = z
  .object({
    items: z.array(CatalogueRecordSummary),
    /** How many records wait, of the kind asked for (every kind without one). */
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    /** How many wait of each kind, whatever kind was asked for. */
    counts: typeCounts,
    /** Published offers and experts, open demands, whose validity ends within `EXPIRY_NOTICE_DAYS`. */
    expiringSoon: z.array(CatalogueRecordSummary),
  })
  .meta({ id: 'ModerationQueue' });

export const ModerationOverview = z
  .object({
    items: z.array(z.object({ type: z.enum(catalogueTypes), status: z.string(), provinceCode: z.string().nullable(), count: z.number().int() })),
  })
  .meta({ id: 'ModerationOverview' });

/** A page of a work list: one kind or all, from the cursor of the previous page. */
const workListPage = {
  type: z.enum(catalogueTypes).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
};

export const WorkspaceQuery = z.object({ organisationId: z.uuid().optional(), ...workListPage }).meta({ id: 'WorkspaceQuery' });

export const ModerationQueueQuery = z.object(workListPage).meta({ id: 'ModerationQueueQuery' });

export const WorkspaceRecords = z
  .object({ items: z.array(CatalogueRecordSummary), total: z.number().int(), nextCursor: z.string().nullable(), counts: typeCounts })
  .meta({ id: 'WorkspaceRecords' });

/** How far ahead the moderation queue warns of records whose validity ends. */
export const EXPIRY_NOTICE_DAYS = 14;

/** At most this many records are published in one request (a page of the queue is 50). */
export const BULK_PUBLISH_MAX = 200;

export const BulkPublishBody = z
  .object({
    items: z
      .array(z.object({ type: z.enum(catalogueTypes), id: z.uuid() }))
      .min(1)
      .max(BULK_PUBLISH_MAX),
  })
  .meta({ id: 'BulkPublishBody' });
export type BulkPublishBody = z.infer<typeof BulkPublishBody>;

export const BulkPublishResult = z
  .object({
    published: z.array(z.object({ type: z.enum(catalogueTypes), id: z.uuid(), status: z.string() })),
    /** Offers and demands under the listing-quality threshold, returned to their authors with the missing items as the reason. */
    returned: z.array(z.object({ type: z.enum(catalogueTypes), id: z.uuid(), status: z.string(), returnReason: z.string().nullable() })),
    /** Records left as they were, with the error code a single "publish" would have answered. */
    failed: z.array(z.object({ type: z.enum(catalogueTypes), id: z.uuid(), code: z.string() })),
  })
  .meta({ id: 'BulkPublishResult' });
export type BulkPublishResult = z.infer<typeof BulkPublishResult>;
