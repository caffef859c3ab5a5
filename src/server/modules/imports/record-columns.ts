import type { demands, offers } from '../../../db/schema/index.js';
import type { DemandRecord, InterchangeType, OfferRecord } from '../../../domain/interchange/interchange-records.js';
import { lawTermsOf } from '../../../domain/interchange/transfer-deal-types.js';

/**
 * The columns an interchange record sets, per type. An import compares exactly these with the
 * stored row to tell "updated" from "unchanged", and an export reads them back.
 */
export const interchangeColumns = {
  offers: [
    'language',
    'title',
    'summary',
    'description',
    'keywords',
    'sectorCode',
    'vsicSections',
    'fieldCodes',
    'trl',
    'transferForms',
    'transferRights',
    'transferModes',
    'ownerType',
    'ownerName',
    'country',
    'provinceCode',
    'legacyProvinceCode',
    'priceVnd',
  ],
  demands: [
    'language',
    'title',
    'publicSummary',
    'keywords',
    'sectorCode',
    'vsicSections',
    'fieldCodes',
    'minTrl',
    'budgetMaxVnd',
    'provinceCode',
    'legacyProvinceCode',
    'seekAbroad',
  ],
} as const satisfies { offers: ReadonlyArray<keyof typeof offers.$inferInsert>; demands: ReadonlyArray<keyof typeof demands.$inferInsert> };

export type OfferColumns = Pick<typeof offers.$inferInsert, (typeof interchangeColumns.offers)[number]>;
export type DemandColumns = Pick<typeof demands.$inferInsert, (typeof interchangeColumns.demands)[number]>;
export type RecordColumns<T extends InterchangeType> = T extends 'offers' ? OfferColumns : DemandColumns;

const sections = (sectorCode: string | null) => (sectorCode ? [sectorCode] : []);

export function offerColumns(record: OfferRecord): OfferColumns {
  // A deal type names the right it transfers (a licence: the right to use; an assignment: ownership),
  // but not how the technology is handed over: the modes stay empty until a person chooses them.
  const law = lawTermsOf(record.transferForms);
  return {
    language: record.language,
    title: record.title,
    summary: record.summary,
    description: record.description,
    keywords: record.keywords,
    sectorCode: record.sectorCode,
    vsicSections: sections(record.sectorCode),
    fieldCodes: record.fieldCodes,
    trl: record.trl,
    transferForms: record.transferForms,
    transferRights: law.rights,
    transferModes: [],
    ownerType: record.ownerType,
    ownerName: record.ownerName,
    country: record.country,
    provinceCode: record.province?.current ?? null,
    legacyProvinceCode: record.province?.legacy ?? null,
    priceVnd: record.priceVnd,
  };
}

/** A demand's interchange `description` is its public summary: confidential details never travel. */
export function demandColumns(record: DemandRecord): DemandColumns {
  return {
    language: record.language,
    title: record.title,
    publicSummary: record.description,
    keywords: record.keywords,
    sectorCode: record.sectorCode,
    vsicSections: sections(record.sectorCode),
    fieldCodes: record.fieldCodes,
    minTrl: record.minTrl,
    budgetMaxVnd: record.budgetVnd,
    provinceCode: record.province?.current ?? null,
    legacyProvinceCode: record.province?.legacy ?? null,
    seekAbroad: record.seekAbroad,
  };
}

/** The interchange columns of a stored row, for comparison and for the audit log. */
export function pickColumns<T extends InterchangeType>(type: T, row: Record<string, unknown>): RecordColumns<T> {
  return Object.fromEntries(interchangeColumns[type].map((key) => [key, row[key] ?? null])) as RecordColumns<T>;
}

export function sameColumns(type: InterchangeType, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(pickColumns(type, a)) === JSON.stringify(pickColumns(type, b));
}
