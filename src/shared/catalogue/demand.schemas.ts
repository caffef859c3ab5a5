import { z } from 'zod';
import { TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { emailAddress, optionalText, phoneNumber, requiredText } from '../organisations/text-fields.js';
import {
  amountVnd,
  catalogueLanguages,
  catalogueListQuery,
  codeList,
  commaList,
  countryCode,
  dealTypes,
  Facets,
  Highlight,
  isoDate,
  keywordList,
  provinceInput,
  recordWorkflowFields,
  trlLevel,
} from './catalogue.schemas.js';

/** Seen only by the owner, its connection point, the agency and connection parties. */
export const DemandConfidentialDetails = z
  .object({
    problem: optionalText(TEXT_LONG_MAX),
    currentProcess: optionalText(TEXT_LONG_MAX),
    desiredOutcome: optionalText(TEXT_LONG_MAX),
    targets: optionalText(TEXT_LONG_MAX),
    constraints: optionalText(TEXT_LONG_MAX),
  })
  .meta({ id: 'DemandConfidentialDetails' });

const demandFields = {
  language: z.enum(catalogueLanguages),
  title: requiredText(TEXT_SHORT_MAX),
  translatedTitle: optionalText(TEXT_SHORT_MAX),
  publicSummary: optionalText(TEXT_LONG_MAX),
  confidentialDetails: DemandConfidentialDetails,
  keywords: keywordList,
  sectorCode: z.string().trim().max(2).nullish(),
  vsicSections: codeList,
  fieldCodes: codeList,
  minTrl: trlLevel.nullish(),
  budgetMinVnd: amountVnd.nullish(),
  budgetMaxVnd: amountVnd.nullish(),
  deadline: isoDate.nullish(),
  preferredTransferForms: z.array(z.enum(dealTypes)).max(dealTypes.length),
  seekAbroad: z.boolean(),
  targetCountries: z.array(countryCode).max(30),
  ownerOrganisationId: z.uuid().nullish(),
  ownerName: optionalText(TEXT_SHORT_MAX),
  country: countryCode,
  province: provinceInput.nullish(),
  contactName: optionalText(TEXT_SHORT_MAX),
  contactEmail: emailAddress.nullish(),
  contactPhone: phoneNumber.nullish(),
  validUntil: isoDate.nullish(),
};

export const DemandCreate = z.object(demandFields).partial().required({ title: true }).meta({ id: 'DemandCreate' });
export type DemandCreate = z.infer<typeof DemandCreate>;

export const DemandPatch = z
  .object(demandFields)
  .omit({ ownerOrganisationId: true })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .meta({ id: 'DemandPatch' });
export type DemandPatch = z.infer<typeof DemandPatch>;

/** The public part of an open demand: no confidential details, no contact. */
export const DemandPublic = z
  .object({
    id: z.uuid(),
    status: z.string(),
    language: z.string(),
    title: z.string(),
    translatedTitle: z.string().nullable(),
    publicSummary: z.string().nullable(),
    keywords: z.array(z.string()),
    sectorCode: z.string().nullable(),
    vsicSections: z.array(z.string()),
    fieldCodes: z.array(z.string()),
    minTrl: z.number().int().nullable(),
    budgetMinVnd: z.number().nullable(),
    budgetMaxVnd: z.number().nullable(),
    deadline: z.string().nullable(),
    preferredTransferForms: z.array(z.string()),
    seekAbroad: z.boolean(),
    targetCountries: z.array(z.string()),
    ownerOrganisationId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    country: z.string(),
    provinceCode: z.string().nullable(),
    legacyProvinceCode: z.string().nullable(),
    validUntil: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'DemandPublic' });
export type DemandPublic = z.infer<typeof DemandPublic>;

const privateFields = {
  confidentialDetails: DemandConfidentialDetails,
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  ...recordWorkflowFields,
};

/** The whole demand, for those who may see its confidential details. */
export const DemandFull = DemandPublic.extend(privateFields).meta({ id: 'DemandFull' });
export type DemandFull = z.infer<typeof DemandFull>;

export const DemandDetail = DemandPublic.extend(z.object(privateFields).partial().shape).meta({ id: 'DemandDetail' });

export const DemandListItem = DemandPublic.extend({ highlight: Highlight }).meta({ id: 'DemandListItem' });
export type DemandListItem = z.infer<typeof DemandListItem>;

export const DemandListQuery = z
  .object({
    ...catalogueListQuery,
    trlMin: z.coerce.number().int().min(1).max(9).optional(),
    transferForm: commaList.optional(),
    seekAbroad: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .meta({ id: 'DemandListQuery' });
export type DemandListQuery = z.infer<typeof DemandListQuery>;

export const DemandList = z
  .object({ items: z.array(DemandListItem), total: z.number().int(), nextCursor: z.string().nullable(), facets: Facets })
  .meta({ id: 'DemandList' });
