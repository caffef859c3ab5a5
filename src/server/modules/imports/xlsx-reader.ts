import ExcelJS from 'exceljs';
import type { InterchangeType, RejectedRow } from '../../../domain/interchange/interchange-records.js';
import type { ParsedLine } from '../../../shared/imports/parse-jsonl.js';
import { cellToValue, columnForHeader, type CellValue, type SheetColumn } from '../../../domain/interchange/sheet-columns.js';
import { issueOf } from '../../../shared/imports/validate-record.js';

/** The plain value of an exceljs cell (rich text, hyperlinks and formulas reduced to what they show). */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return plain(value.text as ExcelJS.CellValue);
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  return null;
}

/**
 * The first sheet of an import workbook as JSON objects, one per non-empty row, numbered as
 * the spreadsheet shows them. Unknown columns are ignored; without externalId or title columns
 * the header row itself is refused.
 */
export async function readSheet(
  type: InterchangeType,
  data: Buffer,
): Promise<{ lines: ParsedLine[]; rejected: RejectedRow[]; headers: Record<string, string> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { lines: [], rejected: [{ line: 1, externalId: null, issues: [issueOf('file', 'unreadable_file')] }], headers: {} };

  const columns = new Map<number, SheetColumn>();
  // Each field's header as the file writes it, so errors name the column the person sees.
  const headers: Record<string, string> = {};
  sheet.getRow(1).eachCell((cell, index) => {
    const header = String(plain(cell.value) ?? '').trim();
    const column = columnForHeader(type, header);
    if (column) columns.set(index, column);
    if (column) headers[column.key] = header;
  });
  const present = new Set([...columns.values()].map((c) => c.key));
  const missing = ['externalId', 'title'].filter((key) => !present.has(key));
  if (missing.length) {
    return { lines: [], rejected: [{ line: 1, externalId: null, issues: missing.map((key) => issueOf(key, 'missing_column')) }], headers };
  }

  const lines: ParsedLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const value: Record<string, unknown> = {};
    let filled = false;
    for (const [index, column] of columns) {
      const cell = cellToValue(column.kind, plain(row.getCell(index).value), column.codes !== undefined);
      if (cell !== null) filled = true;
      value[column.key] = cell;
    }
    if (filled) lines.push({ line: rowNumber, value });
  });
  return { lines, rejected: [], headers };
}
