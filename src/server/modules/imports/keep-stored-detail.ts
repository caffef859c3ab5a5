import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import { normaliseText } from '../../../domain/text/fold.js';
import type { RecordColumns } from './record-columns.js';

type Row = Record<string, unknown>;

const asSet = (value: unknown) => JSON.stringify([...new Set((value as string[] | null) ?? [])].sort());
const asKeywords = (value: unknown) => JSON.stringify([...new Set(((value as string[] | null) ?? []).map(normaliseText).filter(Boolean))]);

/** Code lists whose order and repeats mean nothing (the importer sorts them). */
const setColumns: Record<InterchangeType, readonly string[]> = { offers: ['fieldCodes', 'transferForms'], demands: ['fieldCodes'] };

/**
 * A row of the interchange format says less than the web form can: VSIC sections besides the
 * main sector, the Law's rights and modes chosen by hand, the legacy province behind a name the
 * current unit shares, a lower budget alone, the order and repeats of codes and keywords. Where a
 * row leaves the source of such a detail as it is stored, the stored detail stays — so exporting
 * records entered in the web app and importing the file again changes nothing.
 */
export function keepStoredDetail<T extends InterchangeType>(type: T, stored: Row, incoming: RecordColumns<T>): RecordColumns<T> {
  const kept: Row = { ...incoming };
  for (const key of setColumns[type]) if (asSet(stored[key]) === asSet(kept[key])) kept[key] = stored[key];
  if (asKeywords(stored.keywords) === asKeywords(kept.keywords)) kept.keywords = stored.keywords;
  if (stored.sectorCode === kept.sectorCode) kept.vsicSections = stored.vsicSections;
  if (stored.provinceCode === kept.provinceCode && kept.legacyProvinceCode === null) kept.legacyProvinceCode = stored.legacyProvinceCode;
  if (type === 'offers' && asSet(stored.transferForms) === asSet(kept.transferForms)) {
    kept.transferRights = stored.transferRights;
    kept.transferModes = stored.transferModes;
  }
  // An export writes the lower budget when there is no upper one; reading it back is no change.
  if (type === 'demands' && stored.budgetMaxVnd == null && kept.budgetMaxVnd === stored.budgetMinVnd) kept.budgetMaxVnd = stored.budgetMaxVnd;
  return kept as RecordColumns<T>;
}
