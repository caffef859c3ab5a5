import ExcelJS from 'exceljs';
import type { NetworkReport } from '../../../shared/reports/reports.schemas.js';
import type { Language } from '../../../shared/i18n/language.js';
import { stageLabels } from '../../../shared/connections/stage-labels.js';
import type { ConnectionStage } from '../../../domain/connections/stages.js';

const headings = {
  vi: {
    summary: 'Tổng hợp',
    indicator: 'Chỉ tiêu',
    value: 'Giá trị',
    connections: 'Số kết nối',
    year: 'Năm',
    channel: 'Kênh',
    country: 'Quốc gia đối tác',
    stage: 'Giai đoạn',
    province: 'Tỉnh/thành',
    count: 'Số lượng',
    valueVnd: 'Giá trị (VNĐ)',
    kind: 'Loại thỏa thuận',
    event: 'Sự kiện',
    demands: 'Nhu cầu thu thập',
    offers: 'Nguồn cung thu thập',
    enterprises: 'Doanh nghiệp được hỗ trợ',
    mou: 'Biên bản ghi nhớ',
    transfer: 'Hợp đồng chuyển giao công nghệ',
    consulting: 'Hợp đồng tư vấn',
    centre: 'Hợp đồng của trung tâm',
  },
  en: {
    summary: 'Summary',
    indicator: 'Indicator',
    value: 'Value',
    connections: 'Connections',
    year: 'Year',
    channel: 'Channel',
    country: 'Partner country',
    stage: 'Stage',
    province: 'Province',
    count: 'Count',
    valueVnd: 'Value (VND)',
    kind: 'Agreement kind',
    event: 'Event',
    demands: 'Demands collected',
    offers: 'Offers collected',
    enterprises: 'Enterprises supported',
    mou: 'MoUs',
    transfer: 'Technology-transfer contracts',
    consulting: 'Consulting contracts',
    centre: "Centres' own contracts",
  },
};

function sheet(workbook: ExcelJS.Workbook, name: string, columns: string[], rows: Array<Array<string | number>>) {
  const ws = workbook.addWorksheet(name);
  ws.addRow(columns).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column) => (column.width = 24));
}

/** The dashboard as a workbook, one sheet per table, with headings in the reader's language. */
export async function networkReportWorkbook(report: NetworkReport, lang: Language): Promise<Buffer> {
  const h = headings[lang];
  const workbook = new ExcelJS.Workbook();
  const a = report.agreements;
  sheet(
    workbook,
    h.summary,
    [h.indicator, h.count, h.valueVnd],
    [
      [h.connections, report.connections.total, ''],
      [h.mou, a.mou.count, a.mou.valueVnd],
      [h.transfer, a.transferContract.count, a.transferContract.valueVnd],
      [h.consulting, a.consultingContract.count, a.consultingContract.valueVnd],
      [h.centre, a.centreContracts.count, a.centreContracts.valueVnd],
      [h.demands, report.demandsCollected, ''],
      [h.offers, report.offersCollected, ''],
      [h.enterprises, report.enterprisesSupported, ''],
    ],
  );
  sheet(
    workbook,
    h.year,
    [h.year, h.connections],
    report.connections.byYear.map((r) => [r.year, r.count]),
  );
  sheet(
    workbook,
    h.channel,
    [h.channel, h.connections],
    report.connections.byChannel.map((r) => [r.channel, r.count]),
  );
  sheet(
    workbook,
    h.country,
    [h.country, h.connections],
    report.connections.byCountry.map((r) => [r.country, r.count]),
  );
  sheet(
    workbook,
    h.stage,
    [h.stage, h.connections],
    report.connections.funnel.map((r) => [stageLabels[r.stage as ConnectionStage][lang], r.count]),
  );
  sheet(
    workbook,
    h.province,
    [h.province, h.connections],
    report.connections.byProvince.map((r) => [r.province, r.count]),
  );
  sheet(
    workbook,
    h.event,
    [h.event, h.mou, h.count, h.valueVnd],
    report.events.map((e) => [e.name, e.mous, e.agreements, e.valueVnd]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
