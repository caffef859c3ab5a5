import type { Db } from '../../../db/client.js';
import type { InterchangeReference } from '../../../domain/interchange/interchange-records.js';
import type { ResolvedProvince } from '../../../domain/provinces/resolve-province.js';
import type { ReferenceCategory } from '../../../shared/reference/reference.schemas.js';
import { listReferenceItems, resolveProvinceInput } from '../reference/reference.service.js';

const activeCodes = async (db: Db, category: ReferenceCategory) =>
  new Set((await listReferenceItems(db, category)).filter((item) => item.active).map((item) => item.code));

/**
 * The code lists rows are checked against, with every distinct province spelling of the file
 * resolved up front, so validating 10,000 rows needs no further queries.
 */
export async function loadInterchangeReference(db: Db, provinceInputs: Iterable<string>): Promise<InterchangeReference> {
  const [sectorCodes, fieldCodes, countryCodes] = await Promise.all([activeCodes(db, 'vsic-section'), activeCodes(db, 'st-field'), activeCodes(db, 'country')]);
  const provinces = new Map<string, ResolvedProvince | null>();
  for (const input of new Set(provinceInputs)) provinces.set(input, await resolveProvinceInput(db, input));
  return { sectorCodes, fieldCodes, countryCodes, resolveProvince: (input) => provinces.get(input) ?? null };
}

/** The raw province values of parsed rows (what `loadInterchangeReference` must resolve). */
export function provinceInputsOf(values: unknown[]): string[] {
  return values.flatMap((value) => {
    const province = (value as { province?: unknown }).province;
    return typeof province === 'string' || typeof province === 'number' ? [String(province).trim()] : [];
  });
}
