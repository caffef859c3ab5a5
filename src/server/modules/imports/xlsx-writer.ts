import ExcelJS from 'exceljs';
import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import {
  CODE_LABEL_SEPARATOR,
  codeLists,
  sheetColumns,
  valueToCell,
  yesNoWords,
  type CodeListKey,
  type SheetColumn,
} from '../../../domain/interchange/sheet-columns.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { CodeListEntry } from './code-list.js';
import { instructionLines, type InstructionLine } from './template-instructions.js';

export const CODE_SHEET_NAME = 'Danh mục mã';
/** The hidden sheet the dropdowns read their choices from, one column per code list. */
export const CHOICES_SHEET_NAME = 'Lua chon';
const sheetNames: Record<InterchangeType, Record<Language, string>> = {
  offers: { vi: 'Nguồn cung công nghệ', en: 'Technology offers' },
  demands: { vi: 'Nhu cầu công nghệ', en: 'Technology demands' },
};
const instructionsSheetName: Record<Language, string> = { vi: 'Hướng dẫn', en: 'Instructions' };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
/** Rows of the data sheet that get dropdowns: far more than anyone fills by hand. */
export const DROPDOWN_ROWS = 2000;

const headerOf = (column: SheetColumn, lang: Language) => (lang === 'en' ? column.headerEn : column.header);

/** A dropdown's choices: "code – name" in the reader's language (the importer reads the code back), names for provinces. */
function choicesOf(key: CodeListKey, codes: CodeListEntry[], lang: Language): string[] {
  if (key === 'yesNo') return [...yesNoWords[lang]];
  const entries = codes.filter((entry) => entry.key === key);
  if (key === 'province') return entries.map((entry) => entry.name);
  return entries.map((entry) => `${entry.code}${CODE_LABEL_SEPARATOR}${lang === 'en' ? entry.nameEn : entry.name}`);
}

/** Column letter of a 1-based index (1 → A, 27 → AA). */
function letter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function addChoices(workbook: ExcelJS.Workbook, codes: CodeListEntry[], lang: Language): Map<CodeListKey, string> {
  const sheet = workbook.addWorksheet(CHOICES_SHEET_NAME, { state: 'hidden' });
  const ranges = new Map<CodeListKey, string>();
  codeLists.forEach((key, i) => {
    const choices = choicesOf(key, codes, lang);
    const col = i + 1;
    sheet.getCell(1, col).value = key;
    choices.forEach((choice, row) => (sheet.getCell(row + 2, col).value = choice));
    if (choices.length) ranges.set(key, `'${CHOICES_SHEET_NAME}'!$${letter(col)}$2:$${letter(col)}$${choices.length + 1}`);
  });
  return ranges;
}

/** A dropdown on every coded column; columns that take several codes warn instead of refusing a typed list. */
function addDropdowns(sheet: ExcelJS.Worksheet, columns: SheetColumn[], ranges: Map<CodeListKey, string>, lang: Language) {
  columns.forEach((column, i) => {
    const range = column.codes && ranges.get(column.codes);
    if (!range) return;
    const several = column.kind === 'list';
    const cells = `${letter(i + 1)}2:${letter(i + 1)}${DROPDOWN_ROWS + 1}`;
    // exceljs writes a range address as one rule (its typings omit `dataValidations`).
    (sheet as unknown as { dataValidations: { add: (address: string, rule: ExcelJS.DataValidation) => void } }).dataValidations.add(cells, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: several ? 'information' : 'stop',
      errorTitle: headerOf(column, lang),
      error: several
        ? lang === 'en'
          ? 'Several codes are separated by ";". Each must be in the list.'
          : 'Nhiều mã cách nhau bởi dấu ";". Mỗi mã phải có trong danh sách.'
        : lang === 'en'
          ? 'Choose a value from the list.'
          : 'Hãy chọn một giá trị trong danh sách.',
    });
  });
}

function addInstructions(workbook: ExcelJS.Workbook, type: InterchangeType, lang: Language) {
  const sheet = workbook.addWorksheet(instructionsSheetName[lang]);
  sheet.columns = [
    { key: 'a', width: 44 },
    { key: 'b', width: 16 },
    { key: 'c', width: 90 },
  ];
  for (const line of instructionLines(type, lang)) addInstructionLine(sheet, line);
}

function addInstructionLine(sheet: ExcelJS.Worksheet, line: InstructionLine) {
  const row = sheet.addRow(line.cells);
  row.alignment = { wrapText: true, vertical: 'top' };
  // A sentence spans the three columns instead of wrapping in the first.
  if (line.cells.length === 1) sheet.mergeCells(row.number, 1, row.number, 3);
  if (line.cells.length === 1 && line.style !== 'title') row.height = 32;
  if (line.style === 'title') row.font = { bold: true, size: 14 };
  if (line.style === 'header') {
    row.font = { bold: true };
    row.fill = headerFill;
  }
}

/**
 * A workbook with one row per record under the headers (Vietnamese, or English for an English
 * template), dropdowns on every coded column, an instructions sheet in the reader's language and
 * the allowed codes on a sheet of their own. The data sheet stays first: the importer reads it.
 */
export async function writeWorkbook(type: InterchangeType, lines: Record<string, unknown>[], codes: CodeListEntry[], lang: Language = 'vi'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TechBridge';
  const columns = sheetColumns[type];
  const sheet = workbook.addWorksheet(sheetNames[type][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: headerOf(c, lang), key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = headerFill;
  for (const line of lines) sheet.addRow(columns.map((c) => valueToCell(c.kind, line[c.key])));

  addInstructions(workbook, type, lang);

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

  addDropdowns(sheet, columns, addChoices(workbook, codes, lang), lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
