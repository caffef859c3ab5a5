import { z } from 'zod';
import { NAME_MAX, TEXT_SHORT_MAX } from '../limits.js';

/** Every code list besides provinces; the URL segment of /api/reference/{category}. */
export const referenceCategories = [
  'vsic-section',
  'st-field',
  'trl',
  'transfer-right',
  'transfer-object',
  'transfer-form',
  'transfer-mode',
  'transfer-service',
  'contract-content',
  'country',
  'currency',
] as const;
export type ReferenceCategory = (typeof referenceCategories)[number];

export const REFERENCE_CODE_MAX = 20;
export const PROVINCE_ALIASES_MAX = 30;

const code = z
  .string()
  .trim()
  .min(1)
  .max(REFERENCE_CODE_MAX)
  .regex(/^[A-Za-z0-9._-]+$/);
const name = z.string().trim().min(1).max(NAME_MAX);

export const ProvinceKindQuery = z.object({ kind: z.enum(['current', 'legacy']).default('current') });

export const CurrentProvince = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    shortName: z.string(),
    aliases: z.array(z.string()),
    formedFrom: z.array(z.string()),
  })
  .meta({ id: 'CurrentProvince' });

export const LegacyProvince = z.object({ code: z.string(), name: z.string(), region: z.string(), mergedInto: z.string() }).meta({ id: 'LegacyProvince' });

export const ProvinceList = z.object({ items: z.union([z.array(CurrentProvince), z.array(LegacyProvince)]) }).meta({ id: 'ProvinceList' });

export const ResolveProvinceQuery = z.object({ q: z.string().trim().min(1).max(TEXT_SHORT_MAX) });

const CodeName = z.object({ code: z.string(), name: z.string() });
export const ResolvedProvince = z.object({ current: CodeName, legacy: CodeName.nullable() }).meta({ id: 'ResolvedProvince' });

export const ProvincePatch = z
  .object({
    name: name.optional(),
    nameEn: name.optional(),
    aliases: z.array(z.string().trim().min(1).max(NAME_MAX)).max(PROVINCE_ALIASES_MAX).optional(),
  })
  .strict()
  .meta({ id: 'ProvincePatch' });
export type ProvincePatch = z.infer<typeof ProvincePatch>;

export const ReferenceCategorySummary = z
  .object({ category: z.enum(referenceCategories), total: z.number().int(), active: z.number().int() })
  .meta({ id: 'ReferenceCategorySummary' });
export const ReferenceCategoryList = z.object({ items: z.array(ReferenceCategorySummary) }).meta({ id: 'ReferenceCategoryList' });

export const ReferenceItem = z
  .object({
    category: z.enum(referenceCategories),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    parentCode: z.string().nullable(),
    sortOrder: z.number().int(),
    active: z.boolean(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ReferenceItem' });
export type ReferenceItem = z.infer<typeof ReferenceItem>;
export const ReferenceItemList = z.object({ items: z.array(ReferenceItem) }).meta({ id: 'ReferenceItemList' });

export const ReferenceCategoryParams = z.object({ category: z.enum(referenceCategories) });
export const ReferenceItemParams = z.object({ category: z.enum(referenceCategories), code: z.string().max(REFERENCE_CODE_MAX) });
export const ProvinceParams = z.object({ code: z.string().max(REFERENCE_CODE_MAX) });
export const ReferenceSearchQuery = z.object({ q: z.string().max(TEXT_SHORT_MAX).optional() });

export const ReferenceItemCreate = z.object({ code, name, nameEn: name, parentCode: code.optional() }).strict().meta({ id: 'ReferenceItemCreate' });
export type ReferenceItemCreate = z.infer<typeof ReferenceItemCreate>;

export const ReferenceItemPatch = z
  .object({ name: name.optional(), nameEn: name.optional(), active: z.boolean().optional() })
  .strict()
  .meta({ id: 'ReferenceItemPatch' });
export type ReferenceItemPatch = z.infer<typeof ReferenceItemPatch>;
