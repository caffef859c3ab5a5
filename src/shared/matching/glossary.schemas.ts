import { z } from 'zod';
import { optionalText, requiredText } from '../organisations/text-fields.js';

/**
 * The sectors of the shipped glossary (staff may type another): the web labels each in Vietnamese and
 * English and shows anything else as written.
 */
export const glossarySectors = [
  'agri_machinery',
  'agriculture',
  'aquaculture',
  'automation',
  'automotive',
  'coffee_tea_pepper',
  'construction',
  'electronics',
  'energy',
  'environment',
  'fermentation',
  'food',
  'general',
  'ict',
  'iot',
  'materials',
  'mechanical',
  'medical',
  'pharma',
  'rice',
  'rubber',
  'seafood',
  'textiles',
  'wood',
] as const;

export const GLOSSARY_TERM_MAX = 200;
export const GLOSSARY_SECTOR_MAX = 50;
const GLOSSARY_PAGE_MAX = 200;

export const GlossaryTerm = z
  .object({ id: z.uuid(), vi: z.string(), en: z.string(), sector: z.string().nullable(), updatedAt: z.string() })
  .meta({ id: 'GlossaryTerm' });
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const GlossaryListQuery = z
  .object({
    q: z.string().trim().max(GLOSSARY_TERM_MAX).optional(),
    limit: z.coerce.number().int().min(1).max(GLOSSARY_PAGE_MAX).default(50),
    /** How many terms to skip: the `nextCursor` of the previous page. */
    cursor: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
  })
  .meta({ id: 'GlossaryListQuery' });

export const GlossaryList = z.object({ items: z.array(GlossaryTerm), total: z.number().int(), nextCursor: z.string().nullable() }).meta({ id: 'GlossaryList' });

/** One technical term in both languages, e.g. "xử lý nước thải" ↔ "wastewater treatment". */
export const GlossaryTermCreate = z
  .object({ vi: requiredText(GLOSSARY_TERM_MAX), en: requiredText(GLOSSARY_TERM_MAX), sector: optionalText(GLOSSARY_SECTOR_MAX) })
  .strict()
  .meta({ id: 'GlossaryTermCreate' });
export type GlossaryTermCreate = z.infer<typeof GlossaryTermCreate>;

export const GlossaryTermPatch = z
  .object({ vi: requiredText(GLOSSARY_TERM_MAX).optional(), en: requiredText(GLOSSARY_TERM_MAX).optional(), sector: optionalText(GLOSSARY_SECTOR_MAX) })
  .strict()
  .meta({ id: 'GlossaryTermPatch' });
export type GlossaryTermPatch = z.infer<typeof GlossaryTermPatch>;

export const GlossaryTermParams = z.object({ id: z.uuid() }).meta({ id: 'GlossaryTermParams' });
