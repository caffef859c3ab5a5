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
  })
  .meta({ id: 'CatalogueRecordSummary' });
export type CatalogueRecordSummary = z.infer<typeof CatalogueRecordSummary>;

const typeCounts = z.object({ offer: z.number().int(), demand: z.number().int(), expert: z.number().int() });

export const ModerationQueue = z
  .object({
    items: z.array(CatalogueRecordSummary),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
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

export const WorkspaceQuery = z.object({ organisationId: z.uuid().optional() }).meta({ id: 'WorkspaceQuery' });

export const WorkspaceRecords = z
  .object({ items: z.array(CatalogueRecordSummary), total: z.number().int(), nextCursor: z.string().nullable(), counts: typeCounts })
  .meta({ id: 'WorkspaceRecords' });

/** How far ahead the moderation queue warns of records whose validity ends. */
export const EXPIRY_NOTICE_DAYS = 14;
