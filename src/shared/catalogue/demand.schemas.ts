import { z } from 'zod';
import { TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { optionalText } from '../organisations/text-fields.js';
import { commaList, countryCode, dealTypes } from './catalogue.schemas.js';
import { fields as f, recordSchemas } from './record-schemas.js';

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
export type DemandConfidentialDetails = z.infer<typeof DemandConfidentialDetails>;

/** A technology demand: a public part everyone may search, a confidential part and contacts for the few. */
export const demandSchemas = recordSchemas(
  'Demand',
  {
    language: f.language(),
    title: f.title(TEXT_SHORT_MAX),
    translatedTitle: f.text(TEXT_SHORT_MAX),
    publicSummary: f.text(TEXT_LONG_MAX),
    confidentialDetails: f.private({ input: DemandConfidentialDetails, output: DemandConfidentialDetails }),
    keywords: f.keywords(),
    sectorCode: f.sector(),
    vsicSections: f.codes(),
    fieldCodes: f.codes(),
    minTrl: f.trl(),
    budgetMinVnd: f.amount(),
    budgetMaxVnd: f.amount(),
    deadline: f.date(),
    preferredTransferForms: f.list(z.array(z.enum(dealTypes)).max(dealTypes.length)),
    seekAbroad: f.flag(),
    targetCountries: f.list(z.array(countryCode).max(30)),
    ownerOrganisationId: f.owner(),
    ownerName: f.text(TEXT_SHORT_MAX),
    country: f.country(),
    province: f.province(),
    contactName: f.private(f.text(TEXT_SHORT_MAX)),
    contactEmail: f.private(f.email()),
    contactPhone: f.private(f.phone()),
    validUntil: f.date(),
  },
  {
    required: 'title',
    listQuery: {
      trlMin: z.coerce.number().int().min(1).max(9).optional(),
      transferForm: commaList.optional(),
      seekAbroad: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional(),
    },
  },
);
export type DemandCreate = z.infer<typeof demandSchemas.create>;
export type DemandListQuery = z.infer<typeof demandSchemas.listQuery>;
export type DemandDetail = z.infer<typeof demandSchemas.detail>;
