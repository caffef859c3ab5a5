import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/i18n/language.js';
import type { ListingOutcomeMonths } from '../../../shared/listing-outcomes/listing-outcomes.schemas.js';
import { outcomeKeys, outcomeLabels } from '../../../shared/listing-outcomes/outcome-labels.js';

const words = {
  vi: {
    sheet: 'Theo tháng',
    notes: 'Giải thích',
    title: (name: string, year: number) => `Kết quả tin đăng của ${name} — năm ${year}`,
    listings: (offers: number, demands: number) => `Tin tính đến: ${offers} công nghệ chào bán và ${demands} nhu cầu của các tỉnh, thành của điểm kết nối`,
    month: 'Tháng',
    total: 'Cả năm',
    figure: 'Chỉ số',
    meaning: 'Cách tính',
  },
  en: {
    sheet: 'By month',
    notes: 'Definitions',
    title: (name: string, year: number) => `Listing outcomes of ${name} — ${year}`,
    listings: (offers: number, demands: number) => `Listings counted: ${offers} offers and ${demands} demands of the connection point's provinces`,
    month: 'Month',
    total: 'Whole year',
    figure: 'Figure',
    meaning: 'What it counts',
  },
};

/** The month table of a connection point as an .xlsx: one sheet of figures, one saying what each counts. */
export async function listingOutcomesWorkbook(report: ListingOutcomeMonths, language: Language): Promise<Buffer> {
  const w = words[language];
  const name = language === 'en' ? (report.connectionPoint.nameEn ?? report.connectionPoint.nameVi) : report.connectionPoint.nameVi;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TechBridge';
  const sheet = workbook.addWorksheet(w.sheet);
  sheet.addRow([w.title(name, report.year)]).font = { bold: true, size: 13 };
  sheet.addRow([w.listings(report.listings.offers, report.listings.demands)]);
  sheet.addRow([]);
  const heading = sheet.addRow([w.month, ...outcomeKeys.map((key) => outcomeLabels[key][language].label)]);
  heading.font = { bold: true };
  for (const row of report.months) {
    const [year, month] = row.month.split('-');
    sheet.addRow([`${month}/${year}`, ...outcomeKeys.map((key) => row[key])]);
  }
  const total = sheet.addRow([w.total, ...outcomeKeys.map((key) => report.total[key])]);
  total.font = { bold: true };
  sheet.getColumn(1).width = 14;
  outcomeKeys.forEach((key, i) => {
    const column = sheet.getColumn(i + 2);
    column.width = key.endsWith('ValueVnd') ? 24 : 16;
    if (key.endsWith('ValueVnd')) column.numFmt = '#,##0';
  });

  const notes = workbook.addWorksheet(w.notes);
  notes.addRow([w.figure, w.meaning]).font = { bold: true };
  for (const key of outcomeKeys) notes.addRow([outcomeLabels[key][language].label, outcomeLabels[key][language].meaning]);
  notes.getColumn(1).width = 30;
  notes.getColumn(2).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
