/** Offer lines for import tests and bench/import.ts: realistic shapes, varied provinces and codes. */
const sectors = ['A', 'C', 'D', 'E', 'F', 'J', 'M'];
const fields = ['201', '202', '206', '211', '401', '405'];
// Current, legacy and unaccented spellings, as spreadsheets from provinces contain them.
const provinces = ['Hà Nội', 'Ho Chi Minh', 'Thành phố Cần Thơ', 'Hà Giang', 'Đắk Lắk', 'Quang Nam', 'Bình Dương', 'Nghệ An'];
const forms = [['license'], ['know-how', 'consulting'], ['equipment-with-training'], ['assignment'], ['joint-venture', 'license']];
const owners = ['institute', 'university', 'enterprise', 'foreign', 'individual'] as const;

export function generatedOffer(i: number): Record<string, unknown> {
  return {
    externalId: `GEN-${String(i).padStart(6, '0')}`,
    language: i % 7 === 0 ? 'en' : 'vi',
    title: `Công nghệ xử lý nước thải và sấy nông sản thế hệ ${i}`,
    summary: `Giải pháp số ${i} giúp giảm ${i % 40}% năng lượng tiêu thụ cho doanh nghiệp vừa và nhỏ.`,
    description: `Quy trình gồm ${(i % 5) + 2} bước, đã thử nghiệm tại ${provinces[i % provinces.length]}; công suất ${i % 900} kg/giờ.`,
    keywords: ['nước thải', 'sấy', `mẫu ${i % 13}`],
    sectorCode: sectors[i % sectors.length],
    fieldCodes: [fields[i % fields.length]],
    trl: (i % 9) + 1,
    transferForms: forms[i % forms.length],
    ownerType: owners[i % owners.length],
    ownerName: `Viện Công nghệ ${i % 50}`,
    country: 'VN',
    province: provinces[i % provinces.length],
    priceVnd: i % 3 === 0 ? null : 100_000_000 + i * 1000,
  };
}

/** Ten different mistakes; each must be reported on its own row and nothing else refused. */
export const badOfferEdits: Array<(line: Record<string, unknown>) => Record<string, unknown>> = [
  (l) => ({ ...l, title: '' }),
  (l) => ({ ...l, trl: 12 }),
  (l) => ({ ...l, sectorCode: 'Z' }),
  (l) => ({ ...l, province: 'Atlantis' }),
  (l) => ({ ...l, transferForms: ['rent'] }),
  (l) => ({ ...l, priceVnd: -5 }),
  (l) => ({ ...l, fieldCodes: ['999'] }),
  (l) => ({ ...l, language: 'fr' }),
  (l) => ({ ...l, country: 'XX' }),
  (l) => ({ ...l, externalId: undefined }),
];

/** `count` offer lines where the rows at `badRows` (0-based) carry one mistake each. */
export function offerLinesWithBadRows(count: number, badRows: number[], offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const line = generatedOffer(offset + i);
    const bad = badRows.indexOf(i);
    return bad === -1 ? line : badOfferEdits[bad % badOfferEdits.length](line);
  });
}

export const toJsonLines = (lines: Record<string, unknown>[]) => Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n'), 'utf8');
