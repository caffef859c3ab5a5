import type { Db } from '../../../db/client.js';
import { ownerTypes, type OwnerType } from '../../../domain/interchange/interchange-records.js';
import { dealTypeNames, dealTypes } from '../../../domain/interchange/transfer-deal-types.js';
import type { CodeListKey } from '../../../domain/interchange/sheet-columns.js';
import type { ReferenceCategory } from '../../../shared/reference/reference.schemas.js';
import { listLegacyProvinces, listProvinces } from '../reference/reference.repository.js';
import { listReferenceItems } from '../reference/reference.service.js';

/** `key`: the dropdown the entry belongs to (none for the legacy provinces, which are listed only). */
export type CodeListEntry = { list: string; key?: CodeListKey; code: string; name: string; nameEn: string };

const ownerTypeNames: Record<OwnerType, { vi: string; en: string }> = {
  institute: { vi: 'Viện nghiên cứu', en: 'Research institute' },
  university: { vi: 'Trường đại học', en: 'University' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  foreign: { vi: 'Đối tác nước ngoài', en: 'Foreign partner' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
};

const lists: Array<{ list: string; key: CodeListKey; category: ReferenceCategory }> = [
  { list: 'Ngành VSIC 2018 (sectorCode)', key: 'sectorCode', category: 'vsic-section' },
  { list: 'Lĩnh vực KH&CN (fieldCodes)', key: 'fieldCodes', category: 'st-field' },
  { list: 'Mức sẵn sàng công nghệ (trl, minTrl)', key: 'trl', category: 'trl' },
  { list: 'Quốc gia (country)', key: 'country', category: 'country' },
];

/** Every code a template's user may type, for the "Danh mục mã" sheet. */
export async function loadCodeList(db: Db): Promise<CodeListEntry[]> {
  const entries: CodeListEntry[] = [
    { list: 'Ngôn ngữ (language)', key: 'language', code: 'vi', name: 'Tiếng Việt', nameEn: 'Vietnamese' },
    { list: 'Ngôn ngữ (language)', key: 'language', code: 'en', name: 'Tiếng Anh', nameEn: 'English' },
    ...dealTypes.map((code) => ({
      list: 'Hình thức chuyển giao (transferForms)',
      key: 'transferForms' as const,
      code,
      name: dealTypeNames[code].vi,
      nameEn: dealTypeNames[code].en,
    })),
    ...ownerTypes.map((code) => ({
      list: 'Loại chủ sở hữu (ownerType)',
      key: 'ownerType' as const,
      code,
      name: ownerTypeNames[code].vi,
      nameEn: ownerTypeNames[code].en,
    })),
  ];
  for (const { list, key, category } of lists) {
    const items = (await listReferenceItems(db, category)).filter((item) => item.active);
    entries.push(...items.map((item) => ({ list, key, code: item.code, name: item.name, nameEn: item.nameEn })));
  }
  const current = await listProvinces(db);
  entries.push(...current.map((p) => ({ list: 'Tỉnh/thành phố (province)', key: 'province' as const, code: p.code, name: p.name, nameEn: p.nameEn })));
  const legacy = await listLegacyProvinces(db);
  entries.push(...legacy.map((p) => ({ list: 'Tỉnh/thành phố trước 01/7/2025 (province)', code: p.code, name: p.name, nameEn: `→ ${p.mergedInto}` })));
  return entries;
}
