import { z } from 'zod';
import { dealTypes } from '../../domain/interchange/transfer-deal-types.js';
import { ownerTypes } from '../../domain/interchange/interchange-records.js';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { countryCode, requiredText } from '../organisations/text-fields.js';
import { REFERENCE_CODE_MAX } from '../reference/reference.schemas.js';

/** Building blocks shared by offers, demands and experts. */
export const catalogueTypes = ['offer', 'demand', 'expert'] as const;
export type CatalogueType = (typeof catalogueTypes)[number];

export const catalogueLanguages = ['vi', 'en'] as const;
export const ipStatuses = ['patent', 'utility-solution', 'pending', 'know-how', 'none'] as const;
export { dealTypes, ownerTypes };

export const KEYWORD_MAX = 100;
export const KEYWORDS_MAX = 30;
export const CODES_MAX = 20;

export const referenceCode = z.string().trim().min(1).max(REFERENCE_CODE_MAX);
export const codeList = z.array(referenceCode).max(CODES_MAX);
export const keywordList = z.array(requiredText(KEYWORD_MAX)).max(KEYWORDS_MAX);
export const trlLevel = z.number().int().min(1).max(9);
export const amountVnd = z.number().int().nonnegative().max(1e15);
export const isoDate = z.iso.date();
export const provinceInput = z.string().trim().min(1).max(TEXT_SHORT_MAX);
export { countryCode };

export const RecordIdParams = z.object({ id: z.uuid() }).meta({ id: 'CatalogueRecordParams' });
export const ReturnBody = z.object({ reason: requiredText(TEXT_LONG_MAX) }).meta({ id: 'CatalogueReturnBody' });

/** What the caller may do with a record, so the UI need not copy the rules. */
export const RecordAbilities = z
  .object({
    canEdit: z.boolean(),
    canSubmit: z.boolean(),
    canPublish: z.boolean(),
    canReturn: z.boolean(),
    canArchive: z.boolean(),
  })
  .meta({ id: 'CatalogueRecordAbilities' });
export type RecordAbilities = z.infer<typeof RecordAbilities>;

/** Workflow columns shown only to those who may edit or moderate the record. */
export const recordWorkflowFields = {
  version: z.number().int(),
  returnReason: z.string().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: RecordAbilities,
};

export const FacetCount = z.object({ code: z.string(), count: z.number().int() }).meta({ id: 'FacetCount' });
export const facetNames = ['field', 'sector', 'province', 'country', 'ownerType', 'language', 'trl'] as const;
export type FacetName = (typeof facetNames)[number];
export const Facets = z
  .object(Object.fromEntries(facetNames.map((name) => [name, z.array(FacetCount)])) as Record<FacetName, z.ZodArray<typeof FacetCount>>)
  .partial()
  .meta({ id: 'CatalogueFacets' });

/** What a search also looked for through the glossary (English ↔ Vietnamese). */
export const SearchWidening = z
  .object({ terms: z.array(z.object({ from: z.string(), to: z.string() })), alternative: z.string() })
  .meta({ id: 'SearchWidening' });

/** What a typo search searched for besides the words typed: each word and the catalogue's words like it (accent-folded). */
export const SearchCorrections = z.array(z.object({ typed: z.string(), alternatives: z.array(z.string()) })).meta({ id: 'SearchCorrections' });

export const Highlight = z
  .object({ title: z.string().nullable(), summary: z.string().nullable() })
  .meta({ id: 'SearchHighlight', description: 'HTML-escaped snippets with <mark> around matched words.' });

const commaList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(TEXT_SHORT_MAX)).max(CODES_MAX));

/** Filters every public catalogue list understands; several values of one filter mean "any of". */
export const catalogueListQuery = {
  q: z.string().trim().max(TEXT_SHORT_MAX).optional(),
  field: commaList.optional(),
  sector: commaList.optional(),
  province: commaList.optional(),
  country: commaList.optional(),
  language: z.enum(catalogueLanguages).optional(),
  sort: z.enum(['relevance', 'newest', 'trl']).default('relevance'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
};
export { commaList };
