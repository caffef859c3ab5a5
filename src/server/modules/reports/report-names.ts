import type { Db } from '../../../db/client.js';
import type { Language } from '../../../shared/i18n/language.js';
import { listLegacyProvinces, listProvinces } from '../reference/reference.repository.js';
import { listReferenceItems } from '../reference/reference.service.js';

export type CodeNames = { province: (code: string) => string; country: (code: string) => string; sector: (code: string) => string };

/** Legacy provinces have only a Vietnamese name; English writes place names without diacritics ("Nghe An"). */
const withoutDiacritics = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** Names of the provinces (current or legacy, as the report's level), countries and VSIC sections in the reader's language. */
export async function codeNames(db: Db, lang: Language, level: 'current' | 'legacy'): Promise<CodeNames> {
  const named = (rows: Array<{ code: string; name: string; nameEn: string }>) => new Map(rows.map((r) => [r.code, lang === 'en' ? r.nameEn : r.name]));
  const provinces =
    level === 'legacy'
      ? new Map((await listLegacyProvinces(db)).map((p) => [p.code, lang === 'en' ? withoutDiacritics(p.name) : p.name]))
      : named(await listProvinces(db));
  const [countries, sectors] = await Promise.all([listReferenceItems(db, 'country'), listReferenceItems(db, 'vsic-section')]);
  const countryNames = named(countries);
  const sectorNames = named(sectors);
  return {
    province: (code) => provinces.get(code) ?? code,
    country: (code) => countryNames.get(code) ?? code,
    sector: (code) => sectorNames.get(code) ?? code,
  };
}
