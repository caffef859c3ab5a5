import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tx } from '../db/client.js';
import { insertSeedRows, type SeedRow } from './seed.repository.js';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T;

type Named = { code: string; name: string; nameEn: string } & Record<string, unknown>;
type ReferenceRow = SeedRow<'referenceItems'>;

const currencies: Named[] = [
  { code: 'VND', name: 'Đồng Việt Nam', nameEn: 'Vietnamese dong' },
  { code: 'USD', name: 'Đô la Mỹ', nameEn: 'US dollar' },
  { code: 'EUR', name: 'Euro', nameEn: 'Euro' },
  { code: 'JPY', name: 'Yên Nhật', nameEn: 'Japanese yen' },
  { code: 'KRW', name: 'Won Hàn Quốc', nameEn: 'South Korean won' },
  { code: 'CNY', name: 'Nhân dân tệ', nameEn: 'Chinese yuan' },
  { code: 'SGD', name: 'Đô la Singapore', nameEn: 'Singapore dollar' },
];

function rows(category: string, items: Named[], parentCode: (item: Named) => string | null = () => null): ReferenceRow[] {
  return items.map((item, index) => {
    const { code, name, nameEn, children: _children, ...data } = item;
    return { category, code: String(code), name, nameEn, parentCode: parentCode(item), sortOrder: index, data };
  });
}

/** All reference lists from the project's own seed files (src/seed/data). */
export function referenceRows(): { current: SeedRow<'provinces'>[]; legacy: SeedRow<'legacyProvinces'>[]; items: ReferenceRow[] } {
  const p = read<{
    current: Array<Named & { shortName: string; aliases: string[]; formedFrom: string[] }>;
    legacy: Array<{ code: string; name: string; slug: string; region: string; mergedInto: string }>;
  }>('provinces.json');
  const vsic = read<{ sections: Named[] }>('vsic-2018-sections.json');
  const fields = read<{ fields: Array<Named & { children: Named[] }> }>('st-fields.json');
  const trl = read<{ levels: Array<{ level: number; name: string; nameEn: string }> }>('trl.json');
  const law = read<Record<string, unknown>>('technology-transfer-law.json');
  const countries = read<{ countries: Named[] }>('countries.json');

  const fieldRows: Named[] = fields.fields.flatMap((f) => [{ ...f, level: 1 }, ...f.children.map((c) => ({ ...c, level: 2, parent: f.code }))]);
  const lawList = (key: string) => (law[key] as Named[]) ?? [];
  const contents = ((law.contractContents as Named[]) ?? []).map((item, i) => ({ ...item, code: String(i + 1) }));

  return {
    current: p.current.map((c) => ({
      code: c.code,
      name: c.name,
      nameEn: c.nameEn ?? c.name,
      shortName: c.shortName,
      aliases: c.aliases,
      formedFrom: c.formedFrom,
    })),
    legacy: p.legacy.map((l) => ({ code: l.code, name: l.name, slug: l.slug, region: l.region, mergedInto: l.mergedInto })),
    items: [
      ...rows('vsic-section', vsic.sections),
      ...rows('st-field', fieldRows, (f) => (f.parent as string | undefined) ?? null),
      ...rows(
        'trl',
        trl.levels.map((l) => ({ code: String(l.level), name: l.name, nameEn: l.nameEn })),
      ),
      ...rows('transfer-right', lawList('rightsTransferred')),
      ...rows('transfer-object', lawList('objects')),
      ...rows('transfer-form', lawList('forms')),
      ...rows('transfer-mode', lawList('modes')),
      ...rows('transfer-service', lawList('servicesTypes')),
      ...rows('contract-content', contents),
      ...rows('country', countries.countries),
      ...rows('currency', currencies),
    ],
  };
}

export async function loadReferenceData(tx: Tx) {
  const data = referenceRows();
  await insertSeedRows(tx, 'provinces', data.current, { skipExisting: true });
  await insertSeedRows(tx, 'legacyProvinces', data.legacy, { skipExisting: true });
  await insertSeedRows(tx, 'referenceItems', data.items, { skipExisting: true });
}
