import type { ResolvedProvince } from '../provinces/resolve-province.js';
import type { DealType } from './transfer-deal-types.js';

export const ownerTypes = ['institute', 'university', 'enterprise', 'foreign', 'individual'] as const;
export type OwnerType = (typeof ownerTypes)[number];
export type InterchangeLanguage = 'vi' | 'en';
export type InterchangeType = 'offers' | 'demands';

/** An offer row after validation: text NFC-normalised, codes checked, province resolved. */
export type OfferRecord = {
  externalId: string;
  language: InterchangeLanguage;
  title: string;
  summary: string | null;
  description: string | null;
  keywords: string[];
  sectorCode: string | null;
  fieldCodes: string[];
  trl: number | null;
  transferForms: DealType[];
  ownerType: OwnerType | null;
  ownerName: string | null;
  country: string;
  province: ResolvedProvince | null;
  priceVnd: number | null;
};

export type DemandRecord = {
  externalId: string;
  language: InterchangeLanguage;
  title: string;
  description: string | null;
  keywords: string[];
  sectorCode: string | null;
  fieldCodes: string[];
  minTrl: number | null;
  budgetVnd: number | null;
  province: ResolvedProvince | null;
  seekAbroad: boolean;
};

export type InterchangeRecord<T extends InterchangeType> = T extends 'offers' ? OfferRecord : DemandRecord;

/** One reason a row was refused, in both languages so a report can be shown to anyone. */
export type RowIssue = { field: string; code: string; message: { vi: string; en: string } };

/** A refused row: its line (JSON Lines) or sheet row (.xlsx) number, 1-based, and why. */
export type RejectedRow = { line: number; externalId: string | null; issues: RowIssue[] };

/** The code lists a row is checked against (loaded from reference data by the caller). */
export type InterchangeReference = {
  sectorCodes: ReadonlySet<string>;
  fieldCodes: ReadonlySet<string>;
  countryCodes: ReadonlySet<string>;
  resolveProvince: (input: string) => ResolvedProvince | null;
};
