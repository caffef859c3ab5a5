import ExcelJS from 'exceljs';
import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import { sheetColumns, valueToCell } from '../../../domain/interchange/sheet-columns.js';
import type { CodeListEntry } from './code-list.js';

export const CODE_SHEET_NAME = 'Danh mục mã';
const sheetNames: Record<InterchangeType, string> = { offers: 'Nguồn cung công nghệ', demands: 'Nhu cầu công nghệ' };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** A workbook with one row per record under Vietnamese headers, and the allowed codes on a second sheet. */
export async function writeWorkbook(type: InterchangeType, lines: Record<string, unknown>[], codes: CodeListEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TechBridge';
  const columns = sheetColumns[type];
  const sheet = workbook.addWorksheet(sheetNames[type], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = headerFill;
  for (const line of lines) sheet.addRow(columns.map((c) => valueToCell(c.kind, line[c.key])));

  const codeSheet = workbook.addWorksheet(CODE_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  codeSheet.columns = [
    { header: 'Danh mục', key: 'list', width: 34 },
    { header: 'Mã', key: 'code', width: 24 },
    { header: 'Tên', key: 'name', width: 60 },
    { header: 'Name (English)', key: 'nameEn', width: 50 },
  ];
  codeSheet.getRow(1).font = { bold: true };
  codeSheet.getRow(1).fill = headerFill;
  for (const entry of codes) codeSheet.addRow([entry.list, entry.code, entry.name, entry.nameEn]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
