import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import type { StoredRecord } from './imports.repository.js';

/** Names a province for people reading an export; the importer resolves the same name back. */
export type ProvinceNamer = (current: string | null, legacy: string | null) => string | null;

/** A stored record as one line of the interchange format (DESIGN.md §5), fields in the documented order. */
export function interchangeLine(type: InterchangeType, row: StoredRecord, provinceName: ProvinceNamer): Record<string, unknown> {
  const province = provinceName(row.provinceCode, (row.legacyProvinceCode as string | null) ?? null);
  const common = { externalId: row.externalId ?? row.id, language: row.language, title: row.title };
  if (type === 'offers') {
    return {
      ...common,
      summary: row.summary,
      description: row.description,
      keywords: row.keywords,
      sectorCode: row.sectorCode,
      fieldCodes: row.fieldCodes,
      trl: row.trl,
      transferForms: row.transferForms,
      ownerType: row.ownerType,
      ownerName: row.ownerName,
      country: row.country,
      province,
      priceVnd: row.priceVnd,
    };
  }
  // Only the public summary: a demand's confidential details never leave through an export.
  return {
    ...common,
    description: row.publicSummary,
    keywords: row.keywords,
    sectorCode: row.sectorCode,
    fieldCodes: row.fieldCodes,
    minTrl: row.minTrl,
    budgetVnd: row.budgetMaxVnd ?? row.budgetMinVnd ?? null,
    province,
    seekAbroad: row.seekAbroad,
  };
}
