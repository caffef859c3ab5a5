import type { Db } from '../../../db/client.js';
import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import type { InterchangeFormat } from '../../../shared/imports/import.schemas.js';
import type { Language } from '../../../shared/i18n/language.js';
import { listProvincesOfKind } from '../reference/reference.service.js';
import { loadCodeList } from './code-list.js';
import { exportScope, type Operator } from './imports.policy.js';
import { listForExport } from './imports.repository.js';
import { interchangeLine, type ProvinceNamer } from './interchange-lines.js';
import { writeWorkbook } from './xlsx-writer.js';

export type ExportFile = { data: Buffer; fileName: string; mimeType: string };
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Current provinces by short name, legacy ones by their own name (which resolves back to both codes). */
async function provinceNamer(db: Db): Promise<ProvinceNamer> {
  const current = new Map((await listProvincesOfKind(db, 'current')).map((p) => [p.code, p.name]));
  const legacy = new Map((await listProvincesOfKind(db, 'legacy')).map((p) => [p.code, p.name]));
  return (code, legacyCode) => (legacyCode && legacy.get(legacyCode)) || (code && current.get(code)) || null;
}

/** Offers or demands the operator may see, as JSON Lines or .xlsx; never a demand's confidential details. */
export async function exportRecords(db: Db, operator: Operator, type: InterchangeType, format: InterchangeFormat): Promise<ExportFile> {
  const rows = await listForExport(db, type, exportScope(operator, type));
  const namer = await provinceNamer(db);
  const lines = rows.map((row) => interchangeLine(type, row, namer));
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'jsonl') {
    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    return { data: Buffer.from(text ? `${text}\n` : '', 'utf8'), fileName: `${type}-${stamp}.jsonl`, mimeType: 'application/x-ndjson; charset=utf-8' };
  }
  return { data: await writeWorkbook(type, lines, await loadCodeList(db)), fileName: `${type}-${stamp}.xlsx`, mimeType: XLSX_MIME };
}

/**
 * The last template written per kind and language, with the code list it was written from: the
 * workbook takes about a second to write and is a public download, so it is written again only
 * when the code list (reference data, provinces) has changed.
 */
const writtenTemplates = new Map<string, { codes: string; data: Buffer }>();

/** An empty workbook with the headers, dropdowns, instructions and the code sheet, in the reader's language. */
export async function importTemplate(db: Db, type: InterchangeType, lang: Language): Promise<ExportFile> {
  const fileName = lang === 'en' ? `import-template-${type}.xlsx` : `mau-nhap-${type}.xlsx`;
  const codeList = await loadCodeList(db);
  const codes = JSON.stringify(codeList);
  const key = `${type}:${lang}`;
  let written = writtenTemplates.get(key);
  if (written?.codes !== codes) {
    written = { codes, data: await writeWorkbook(type, [], codeList, lang) };
    writtenTemplates.set(key, written);
  }
  return { data: written.data, fileName, mimeType: XLSX_MIME };
}
