import ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** A workbook read back with exceljs: its sheet names, each sheet's rows (dates as dd/mm/yyyy as Excel shows them) and every text cell. */
export async function readWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const shown = (cell: ExcelJS.Cell): string | number => {
    const value = cell.value;
    if (value instanceof Date) {
      expect(cell.numFmt).toBe('dd/mm/yyyy');
      return `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
    }
    return typeof value === 'number' ? value : String(value ?? '');
  };
  const rows = (name: string) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const out: Array<Array<string | number>> = [];
    sheet.eachRow((row) => {
      const cells: Array<string | number> = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(shown(cell)));
      out.push(cells);
    });
    return out;
  };
  const sheets = workbook.worksheets.map((w) => w.name);
  const texts = sheets.flatMap((name) => rows(name).flat()).filter((v): v is string => typeof v === 'string' && v !== '');
  return { sheets, rows, texts };
}
