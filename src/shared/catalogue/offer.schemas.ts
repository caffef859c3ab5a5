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
  ipStatuses,
  isoDate,
  keywordList,
  ownerTypes,
  provinceInput,
  recordWorkflowFields,
  trlLevel,
} from './catalogue.schemas.js';

const offerFields = {
  language: z.enum(catalogueLanguages),
  title: requiredText(TEXT_SHORT_MAX),
  summary: optionalText(TEXT_LONG_MAX),
  description: optionalText(TEXT_LONG_MAX * 4),
  translatedTitle: optionalText(TEXT_SHORT_MAX),
  translatedSummary: optionalText(TEXT_LONG_MAX),
  keywords: keywordList,
  sectorCode: z.string().trim().max(2).nullish(),
  vsicSections: codeList,
  fieldCodes: codeList,
  trl: trlLevel.nullish(),
  ipStatus: z.enum(ipStatuses).nullish(),
  ipNumbers: z.array(requiredText(100)).max(20),
  transferForms: z.array(z.enum(dealTypes)).max(dealTypes.length),
  transferRights: codeList,
  transferModes: codeList,
  priceVnd: amountVnd.nullish(),
  ownerOrganisationId: z.uuid().nullish(),
  ownerType: z.enum(ownerTypes).nullish(),
  ownerName: optionalText(TEXT_SHORT_MAX),
  country: countryCode,
  province: provinceInput.nullish(),
  contactName: optionalText(TEXT_SHORT_MAX),
  contactEmail: emailAddress.nullish(),
  contactPhone: phoneNumber.nullish(),
  validFrom: isoDate.nullish(),
  validUntil: isoDate.nullish(),
};

export const OfferCreate = z.object(offerFields).partial().required({ title: true }).meta({ id: 'OfferCreate' });
export type OfferCreate = z.infer<typeof OfferCreate>;

export const OfferPatch = z
  .object(offerFields)
  .omit({ ownerOrganisationId: true })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .meta({ id: 'OfferPatch' });
export type OfferPatch = z.infer<typeof OfferPatch>;

/** What anyone may see of a published offer. */
export const OfferPublic = z
  .object({
    id: z.uuid(),
    status: z.string(),
    language: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    description: z.string().nullable(),
    translatedTitle: z.string().nullable(),
    translatedSummary: z.string().nullable(),
    keywords: z.array(z.string()),
    sectorCode: z.string().nullable(),
    vsicSections: z.array(z.string()),
    fieldCodes: z.array(z.string()),
    trl: z.number().int().nullable(),
    ipStatus: z.string().nullable(),
    ipNumbers: z.array(z.string()),
    transferForms: z.array(z.string()),
    transferRights: z.array(z.string()),
    transferModes: z.array(z.string()),
    priceVnd: z.number().nullable(),
    ownerOrganisationId: z.uuid().nullable(),
    ownerType: z.string().nullable(),
    ownerName: z.string().nullable(),
    country: z.string(),
    provinceCode: z.string().nullable(),
    legacyProvinceCode: z.string().nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OfferPublic' });
export type OfferPublic = z.infer<typeof OfferPublic>;

/** The whole offer, for its editors and moderators. */
export const OfferFull = OfferPublic.extend(recordWorkflowFields).meta({ id: 'OfferFull' });
export type OfferFull = z.infer<typeof OfferFull>;

/** GET /api/offers/{id}: the workflow fields appear only for editors and moderators. */
export const OfferDetail = OfferPublic.extend(z.object(recordWorkflowFields).partial().shape).meta({ id: 'OfferDetail' });

export const OfferListItem = OfferPublic.omit({ description: true }).extend({ highlight: Highlight }).meta({ id: 'OfferListItem' });
export type OfferListItem = z.infer<typeof OfferListItem>;

export const OfferListQuery = z
  .object({
    ...catalogueListQuery,
    trlMin: z.coerce.number().int().min(1).max(9).optional(),
    trlMax: z.coerce.number().int().min(1).max(9).optional(),
    transferForm: commaList.optional(),
    ownerType: commaList.optional(),
  })
  .meta({ id: 'OfferListQuery' });
export type OfferListQuery = z.infer<typeof OfferListQuery>;

export const OfferList = z
  .object({ items: z.array(OfferListItem), total: z.number().int(), nextCursor: z.string().nullable(), facets: Facets })
  .meta({ id: 'OfferList' });
