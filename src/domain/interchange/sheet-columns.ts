import { fold } from '../text/fold.js';
import type { InterchangeType } from './interchange-records.js';

type CellKind = 'text' | 'list' | 'number' | 'boolean';
export type SheetColumn = { key: string; header: string; kind: CellKind; width: number };
export type CellValue = string | number | boolean | null;

const column = (key: string, header: string, kind: CellKind = 'text', width = 18): SheetColumn => ({ key, header, kind, width });

/** One spreadsheet row per record; Vietnamese headers, the §5 field name in brackets. */
const shared = {
  externalId: column('externalId', 'Mã định danh (externalId)', 'text', 20),
  language: column('language', 'Ngôn ngữ vi/en (language)', 'text', 12),
  keywords: column('keywords', 'Từ khóa, cách nhau bởi ; (keywords)', 'list', 30),
  sectorCode: column('sectorCode', 'Ngành VSIC cấp 1 (sectorCode)', 'text', 14),
  fieldCodes: column('fieldCodes', 'Mã lĩnh vực KH&CN, cách nhau bởi ; (fieldCodes)', 'list', 20),
  province: column('province', 'Tỉnh/thành phố (province)', 'text', 20),
};

export const sheetColumns: Record<InterchangeType, SheetColumn[]> = {
  offers: [
    shared.externalId,
    shared.language,
    column('title', 'Tên công nghệ (title)', 'text', 40),
    column('summary', 'Tóm tắt (summary)', 'text', 50),
    column('description', 'Mô tả chi tiết (description)', 'text', 60),
    shared.keywords,
    shared.sectorCode,
    shared.fieldCodes,
    column('trl', 'Mức sẵn sàng công nghệ TRL 1–9 (trl)', 'number', 12),
    column('transferForms', 'Hình thức chuyển giao, cách nhau bởi ; (transferForms)', 'list', 30),
    column('ownerType', 'Loại chủ sở hữu (ownerType)', 'text', 16),
    column('ownerName', 'Tên chủ sở hữu (ownerName)', 'text', 30),
    column('country', 'Quốc gia, mã ISO (country)', 'text', 10),
    shared.province,
    column('priceVnd', 'Giá chào bán, VND (priceVnd)', 'number', 18),
  ],
  demands: [
    shared.externalId,
    shared.language,
    column('title', 'Tên nhu cầu công nghệ (title)', 'text', 40),
    column('description', 'Mô tả nhu cầu (description)', 'text', 60),
    shared.keywords,
    shared.sectorCode,
    shared.fieldCodes,
    column('minTrl', 'TRL tối thiểu (minTrl)', 'number', 12),
    column('budgetVnd', 'Ngân sách dự kiến, VND (budgetVnd)', 'number', 18),
    shared.province,
    column('seekAbroad', 'Tìm công nghệ nước ngoài Có/Không (seekAbroad)', 'boolean', 16),
  ],
};

/** "Tên công nghệ (title)" → "Tên công nghệ": the header as a person would type it. */
const withoutKey = (header: string) => header.replace(/\s*\(\w+\)$/, '');

/**
 * The column key a header names: its full Vietnamese header, the header without the bracketed
 * field name, or the bare field name (so a sheet made by hand with `title`, `province` … also reads).
 */
export function columnForHeader(type: InterchangeType, header: string): SheetColumn | undefined {
  const wanted = fold(header);
  return sheetColumns[type].find((c) => fold(c.header) === wanted || fold(withoutKey(c.header)) === wanted || fold(c.key) === wanted);
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
const no = new Set(['khong', 'false', 'no', '0', 'sai']);

/**
 * A cell as the JSON value the record validator expects. What cannot be converted is passed
 * through unchanged, so the validator reports it with the field's name ("Must be a number").
 */
export function cellToValue(kind: CellKind, cell: CellValue): unknown {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  switch (kind) {
    case 'text':
      return typeof cell === 'string' ? cell : String(cell);
    case 'list':
      return String(cell)
        .split(/[;\n]/)
        .map((part) => part.trim())
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
