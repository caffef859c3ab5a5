import { z } from 'zod';

export const interchangeTypes = ['offers', 'demands'] as const;
export const interchangeFormats = ['jsonl', 'xlsx'] as const;
export const InterchangeType = z.enum(interchangeTypes).meta({ id: 'InterchangeType' });
export const InterchangeFormat = z.enum(interchangeFormats).meta({ id: 'InterchangeFormat' });
export type InterchangeType = z.infer<typeof InterchangeType>;
export type InterchangeFormat = z.infer<typeof InterchangeFormat>;

const Bilingual = z.object({ vi: z.string(), en: z.string() });

/** `column`: the file's column header as written (a JSON Lines key), or null for the whole row or file. */
export const RowIssue = z.object({ field: z.string(), column: z.string().nullable(), code: z.string(), message: Bilingual }).meta({ id: 'ImportRowIssue' });

/** A refused row: its line (JSON Lines) or sheet row (.xlsx), 1-based, and the reasons. */
export const RejectedRow = z.object({ line: z.number().int(), externalId: z.string().nullable(), issues: z.array(RowIssue) }).meta({ id: 'ImportRejectedRow' });

/** What an import did; stored as the import job's result. */
export const ImportReport = z
  .object({
    type: InterchangeType,
    format: InterchangeFormat,
    rows: z.number().int(),
    imported: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(RejectedRow),
    /** Records written that likely duplicate others of the catalogue (or of the same file): for the moderators to merge or mark distinct. */
    likelyDuplicates: z
      .array(
        z.object({
          externalId: z.string().nullable(),
          id: z.uuid(),
          score: z.number(),
          duplicateOf: z.object({ id: z.uuid(), title: z.string(), status: z.string(), provinceCode: z.string().nullable() }),
        }),
      )
      .default([]),
    /** Records written under the listing-quality threshold: their score out of 20 and the items they miss, weakest first. */
    weakListings: z.array(z.object({ externalId: z.string().nullable(), id: z.uuid(), score: z.number().int(), missing: z.array(z.string()) })).default([]),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

// Query and path schemas stay unnamed: @fastify/swagger cannot resolve a $ref in parameters.
export const ExportQuery = z.object({ format: z.enum(interchangeFormats).default('jsonl') });
