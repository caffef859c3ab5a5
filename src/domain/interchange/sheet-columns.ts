import { fold } from '../text/fold.js';
import type { InterchangeType } from './interchange-records.js';

type CellKind = 'text' | 'list' | 'number' | 'boolean';
/** The code list a column's dropdown offers (the template's hidden list sheet has one column per list). */
export const codeLists = ['language', 'sectorCode', 'fieldCodes', 'trl', 'transferForms', 'ownerType', 'country', 'province', 'yesNo'] as const;
export type CodeListKey = (typeof codeLists)[number];
export type SheetColumn = { key: string; header: string; headerEn: string; kind: CellKind; width: number; codes?: CodeListKey; required?: boolean };
export type CellValue = string | number | boolean | null;

const column = (key: string, header: string, headerEn: string, kind: CellKind = 'text', width = 18, extra: Partial<SheetColumn> = {}): SheetColumn => ({
  key,
  header,
  headerEn,
  kind,
  width,
  ...extra,
});

/** One spreadsheet row per record; Vietnamese (or English) headers, the §5 field name in brackets. */
const shared = {
  externalId: column('externalId', 'Mã định danh (externalId)', 'External id (externalId)', 'text', 20, { required: true }),
  language: column('language', 'Ngôn ngữ vi/en (language)', 'Language vi/en (language)', 'text', 12, { codes: 'language' }),
  keywords: column('keywords', 'Từ khóa, cách nhau bởi ; (keywords)', 'Keywords, separated by ; (keywords)', 'list', 30),
  sectorCode: column('sectorCode', 'Ngành VSIC cấp 1 (sectorCode)', 'VSIC section (sectorCode)', 'text', 14, { codes: 'sectorCode' }),
  fieldCodes: column('fieldCodes', 'Mã lĩnh vực KH&CN, cách nhau bởi ; (fieldCodes)', 'S&T field codes, separated by ; (fieldCodes)', 'list', 20, {
    codes: 'fieldCodes',
  }),
  province: column('province', 'Tỉnh/thành phố (province)', 'Province (province)', 'text', 20, { codes: 'province' }),
};

export const sheetColumns: Record<InterchangeType, SheetColumn[]> = {
  offers: [
    shared.externalId,
    shared.language,
    column('title', 'Tên công nghệ (title)', 'Technology name (title)', 'text', 40, { required: true }),
    column('summary', 'Tóm tắt (summary)', 'Summary (summary)', 'text', 50),
    column('description', 'Mô tả chi tiết (description)', 'Description (description)', 'text', 60),
    shared.keywords,
    shared.sectorCode,
    shared.fieldCodes,
    column('trl', 'Mức sẵn sàng công nghệ TRL 1–9 (trl)', 'Technology readiness level 1–9 (trl)', 'number', 12, { codes: 'trl' }),
    column('transferForms', 'Hình thức chuyển giao, cách nhau bởi ; (transferForms)', 'Deal types, separated by ; (transferForms)', 'list', 30, {
      codes: 'transferForms',
    }),
    column('ownerType', 'Loại chủ sở hữu (ownerType)', 'Owner type (ownerType)', 'text', 16, { codes: 'ownerType' }),
    column('ownerName', 'Tên chủ sở hữu (ownerName)', 'Owner name (ownerName)', 'text', 30),
    column('country', 'Quốc gia, mã ISO (country)', 'Country, ISO code (country)', 'text', 10, { codes: 'country' }),
    shared.province,
    column('priceVnd', 'Giá chào bán, VND (priceVnd)', 'Asking price, VND (priceVnd)', 'number', 18),
  ],
  demands: [
    shared.externalId,
    shared.language,
    column('title', 'Tên nhu cầu công nghệ (title)', 'Demand title (title)', 'text', 40, { required: true }),
    column('description', 'Mô tả nhu cầu (description)', 'Description (description)', 'text', 60),
    shared.keywords,
    shared.sectorCode,
    shared.fieldCodes,
    column('minTrl', 'TRL tối thiểu (minTrl)', 'Minimum TRL (minTrl)', 'number', 12, { codes: 'trl' }),
    column('budgetVnd', 'Ngân sách dự kiến, VND (budgetVnd)', 'Expected budget, VND (budgetVnd)', 'number', 18),
    shared.province,
    column('seekAbroad', 'Tìm công nghệ nước ngoài Có/Không (seekAbroad)', 'Seek technology abroad Yes/No (seekAbroad)', 'boolean', 16, { codes: 'yesNo' }),
  ],
};

/** How a dropdown writes a code: "C – Công nghiệp chế biến, chế tạo". */
export const CODE_LABEL_SEPARATOR = ' – ';

/** "C – Công nghiệp chế biến" → "C": a value picked from a dropdown, read back as its code. */
function codeOfChoice(value: string): string {
  const at = value.indexOf(CODE_LABEL_SEPARATOR);
  return at > 0 ? value.slice(0, at).trim() : value;
}

/** "Tên công nghệ (title)" → "Tên công nghệ": the header as a person would type it. */
const withoutKey = (header: string) => header.replace(/\s*\(\w+\)$/, '');

/**
 * The column key a header names: its full Vietnamese header, the header without the bracketed
 * field name, or the bare field name (so a sheet made by hand with `title`, `province` … also reads).
 */
export function columnForHeader(type: InterchangeType, header: string): SheetColumn | undefined {
  const wanted = fold(header);
  return sheetColumns[type].find((c) => [c.header, withoutKey(c.header), c.headerEn, withoutKey(c.headerEn), c.key].some((name) => fold(name) === wanted));
}

/**
 * The column an import error names: the header as the file wrote it, else the template's header
 * (a column the file lacks), else the field name itself (a JSON Lines key); none for the whole row.
 */
export function columnOfField(type: InterchangeType, field: string, headers: Readonly<Record<string, string>> | undefined): string | null {
  if (field === 'row' || field === 'file') return null;
  const template = sheetColumns[type].find((c) => c.key === field)?.header;
  return headers?.[field] ?? (headers ? (template ?? field) : field);
}

const yes = new Set(['co', 'x', 'true', 'yes', '1', 'dung']);
/** The words a yes/no dropdown offers, in the template's language. */
export const yesNoWords = { vi: ['Có', 'Không'], en: ['Yes', 'No'] } as const;
const no = new Set(['khong', 'false', 'no', '0', 'sai']);

/**
 * A cell as the JSON value the record validator expects. What cannot be converted is passed
 * through unchanged, so the validator reports it with the field's name ("Must be a number").
 */
export function cellToValue(kind: CellKind, cell: CellValue, coded = false): unknown {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  if (coded && typeof cell === 'string' && kind !== 'list') cell = codeOfChoice(cell.trim());
  switch (kind) {
    case 'text':
      return typeof cell === 'string' ? cell : String(cell);
    case 'list':
      return String(cell)
        .split(/[;\n]/)
        .map((part) => (coded ? codeOfChoice(part.trim()) : part.trim()))
        .filter(Boolean);
    case 'number': {
      if (typeof cell === 'number') return cell;
      // "1.500.000" and "1 500 000" are how Vietnamese write thousands.
      const digits = String(cell)
        .trim()
        .replace(/[\s.](?=\d{3}(\D|$))/g, '');
      return /^-?\d+$/.test(digits) ? Number(digits) : cell;
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return cell;
      const word = fold(String(cell));
      return yes.has(word) ? true : no.has(word) ? false : cell;
    }
  }
}

/** A record's field as a spreadsheet cell. */
export function valueToCell(kind: CellKind, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (kind === 'list') return (value as unknown[]).length ? (value as unknown[]).join('; ') : null;
  if (kind === 'boolean') return value ? 'Có' : 'Không';
  return value as CellValue;
}
