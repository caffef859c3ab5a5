import { z } from 'zod';
import { NAME_MAX, TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { emailAddress, optionalText, phoneNumber, requiredText } from '../organisations/text-fields.js';
import {
  catalogueLanguages,
  catalogueListQuery,
  codeList,
  countryCode,
  Facets,
  Highlight,
  isoDate,
  keywordList,
  provinceInput,
  recordWorkflowFields,
} from './catalogue.schemas.js';

const expertFields = {
  language: z.enum(catalogueLanguages),
  name: requiredText(NAME_MAX),
  title: optionalText(100),
  ownerOrganisationId: z.uuid().nullish(),
  affiliationName: optionalText(TEXT_SHORT_MAX),
  fieldCodes: codeList,
  keywords: keywordList,
  services: z.array(requiredText(TEXT_SHORT_MAX)).max(20),
  bio: optionalText(TEXT_LONG_MAX),
  email: emailAddress.nullish(),
  phone: phoneNumber.nullish(),
  country: countryCode,
  province: provinceInput.nullish(),
  validUntil: isoDate.nullish(),
};

export const ExpertCreate = z.object(expertFields).partial().required({ name: true }).meta({ id: 'ExpertCreate' });
export type ExpertCreate = z.infer<typeof ExpertCreate>;

export const ExpertPatch = z
  .object(expertFields)
  .omit({ ownerOrganisationId: true })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .meta({ id: 'ExpertPatch' });
export type ExpertPatch = z.infer<typeof ExpertPatch>;

/** A published profile; email and phone stay private (requests go through the platform). */
export const ExpertPublic = z
  .object({
    id: z.uuid(),
    status: z.string(),
    language: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    ownerOrganisationId: z.uuid().nullable(),
    affiliationName: z.string().nullable(),
    fieldCodes: z.array(z.string()),
    keywords: z.array(z.string()),
    services: z.array(z.string()),
    bio: z.string().nullable(),
    country: z.string(),
    provinceCode: z.string().nullable(),
    legacyProvinceCode: z.string().nullable(),
    validUntil: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ExpertPublic' });
export type ExpertPublic = z.infer<typeof ExpertPublic>;

const privateFields = { email: z.string().nullable(), phone: z.string().nullable(), ...recordWorkflowFields };

export const ExpertFull = ExpertPublic.extend(privateFields).meta({ id: 'ExpertFull' });
export type ExpertFull = z.infer<typeof ExpertFull>;

export const ExpertDetail = ExpertPublic.extend(z.object(privateFields).partial().shape).meta({ id: 'ExpertDetail' });

export const ExpertListItem = ExpertPublic.omit({ bio: true }).extend({ highlight: Highlight }).meta({ id: 'ExpertListItem' });
export type ExpertListItem = z.infer<typeof ExpertListItem>;

export const ExpertListQuery = z.object(catalogueListQuery).meta({ id: 'ExpertListQuery' });
export type ExpertListQuery = z.infer<typeof ExpertListQuery>;

export const ExpertList = z
  .object({ items: z.array(ExpertListItem), total: z.number().int(), nextCursor: z.string().nullable(), facets: Facets })
  .meta({ id: 'ExpertList' });
