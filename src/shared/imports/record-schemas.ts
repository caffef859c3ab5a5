import { z } from 'zod';
import { TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { ownerTypes } from '../../domain/interchange/interchange-records.js';
import { dealTypes } from '../../domain/interchange/transfer-deal-types.js';

/** Identifiers and codes may arrive as numbers (a spreadsheet's "211"), so both are accepted as text. */
const code = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const optionalText = (max: number) => z.string().max(max).nullish();
const keywords = z.array(z.string().max(100)).max(30).nullish();
const codes = z.array(code).max(20).nullish();
const money = z.number().nonnegative().max(1e15).nullish();

const common = {
  externalId: code.pipe(z.string().min(1).max(100)),
  language: z.enum(['vi', 'en']).nullish(),
  title: z.string().trim().min(1).max(TEXT_SHORT_MAX),
  description: optionalText(TEXT_LONG_MAX),
  keywords,
  sectorCode: code.nullish(),
  fieldCodes: codes,
  province: code.nullish(),
};

/** The offer line of DESIGN.md §5 before reference checks; unknown keys are ignored. */
export const OfferLine = z.object({
  ...common,
  summary: optionalText(TEXT_LONG_MAX),
  trl: z.number().int().min(1).max(9).nullish(),
  transferForms: z.array(z.enum(dealTypes)).max(dealTypes.length).nullish(),
  ownerType: z.enum(ownerTypes).nullish(),
  ownerName: optionalText(TEXT_SHORT_MAX),
  country: code.nullish(),
  priceVnd: money,
});
export type OfferLine = z.infer<typeof OfferLine>;

export const DemandLine = z.object({
  ...common,
  minTrl: z.number().int().min(1).max(9).nullish(),
  budgetVnd: money,
  seekAbroad: z.boolean().nullish(),
});
export type DemandLine = z.infer<typeof DemandLine>;
