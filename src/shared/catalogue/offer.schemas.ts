import { z } from 'zod';
import { TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { requiredText } from '../organisations/text-fields.js';
import { commaList, dealTypes, ipStatuses, ownerTypes } from './catalogue.schemas.js';
import { fields as f, recordSchemas } from './record-schemas.js';

/** A technology offer: everything but its workflow is public once it is published, contacts included. */
export const offerSchemas = recordSchemas(
  'Offer',
  {
    language: f.language(),
    title: f.title(TEXT_SHORT_MAX),
    summary: f.text(TEXT_LONG_MAX),
    description: f.text(TEXT_LONG_MAX * 4),
    translatedTitle: f.text(TEXT_SHORT_MAX),
    translatedSummary: f.text(TEXT_LONG_MAX),
    keywords: f.keywords(),
    sectorCode: f.sector(),
    vsicSections: f.codes(),
    fieldCodes: f.codes(),
    trl: f.trl(),
    ipStatus: f.choice(ipStatuses),
    ipNumbers: f.list(z.array(requiredText(100)).max(20)),
    transferForms: f.list(z.array(z.enum(dealTypes)).max(dealTypes.length)),
    transferRights: f.codes(),
    transferModes: f.codes(),
    priceVnd: f.amount(),
    ownerOrganisationId: f.owner(),
    ownerType: f.choice(ownerTypes),
    ownerName: f.text(TEXT_SHORT_MAX),
    country: f.country(),
    province: f.province(),
    contactName: f.text(TEXT_SHORT_MAX),
    contactEmail: f.email(),
    contactPhone: f.phone(),
    validFrom: f.date(),
    validUntil: f.date(),
  },
  {
    required: 'title',
    listOmits: ['description'],
    listQuery: {
      trlMin: z.coerce.number().int().min(1).max(9).optional(),
      trlMax: z.coerce.number().int().min(1).max(9).optional(),
      transferForm: commaList.optional(),
      ownerType: commaList.optional(),
    },
  },
);
export const { create: OfferCreate, listQuery: OfferListQuery } = offerSchemas;
export type OfferCreate = z.infer<typeof OfferCreate>;
export type OfferListQuery = z.infer<typeof OfferListQuery>;
export type OfferDetail = z.infer<typeof offerSchemas.detail>;
