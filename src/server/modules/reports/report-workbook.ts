import ExcelJS from 'exceljs';
import type { NetworkReport } from '../../../shared/reports/reports.schemas.js';
import type { Language } from '../../../shared/i18n/language.js';
import { stageLabels } from '../../../shared/connections/stage-labels.js';
import type { ConnectionStage } from '../../../domain/connections/stages.js';
import type { CodeNames } from './report-names.js';

const headings = {
  vi: {
    sheets: {
      summary: 'Tổng hợp',
      year: 'Theo năm',
      channel: 'Theo kênh',
      country: 'Theo quốc gia',
      stage: 'Theo giai đoạn',
      province: 'Theo tỉnh, thành',
      event: 'Sự kiện',
    },
    indicator: 'Chỉ tiêu',
    connections: 'Số kết nối',
    year: 'Năm',
    channel: 'Kênh kết nối',
    country: 'Quốc gia đối tác',
    sectors: 'Ngành (số kết nối)',
    stage: 'Giai đoạn',
    province: 'Tỉnh/thành phố',
    count: 'Số lượng',
    valueVnd: 'Giá trị (VNĐ)',
    event: 'Sự kiện',
    startsOn: 'Ngày bắt đầu',
    agreements: 'Số thỏa thuận',
    opened: 'Lượt kết nối mở trong kỳ',
    reachedMou: 'Kết nối đạt biên bản ghi nhớ (giá trị: các biên bản trên các kết nối đó)',
    reachedContract: 'Kết nối đạt hợp đồng (giá trị: các hợp đồng trên các kết nối đó)',
    transferred: 'Kết nối đã chuyển giao công nghệ',
    mou: 'Biên bản ghi nhớ ký trong kỳ',
    transfer: 'Hợp đồng chuyển giao công nghệ ký trong kỳ',
    consulting: 'Hợp đồng tư vấn ký trong kỳ',
    other: 'Thỏa thuận khác ký trong kỳ',
    centre: 'Hợp đồng riêng của trung tâm (không qua kết nối)',
    demands: 'Nhu cầu thu thập',
    offers: 'Công nghệ thu thập',
    enterprises: 'Doanh nghiệp được hỗ trợ',
    channels: { 'connection-point': 'Qua điểm kết nối', event: 'Qua sự kiện', 'rep-office': 'Qua đại diện ở nước ngoài', direct: 'Trực tiếp' },
  },
  en: {
    sheets: {
      summary: 'Summary',
      year: 'By year',
      channel: 'By channel',
      country: 'By country',
      stage: 'By stage',
      province: 'By province',
      event: 'Events',
    },
    indicator: 'Indicator',
    connections: 'Connections',
    year: 'Year',
    channel: 'Channel',
    country: 'Partner country',
    sectors: 'Sectors (connections)',
    stage: 'Stage',
    province: 'Province or city',
    count: 'Count',
    valueVnd: 'Value (VND)',
    event: 'Event',
    startsOn: 'Starts on',
    agreements: 'Agreements',
    opened: 'Connections opened in the period',
    reachedMou: 'Connections that reached an MoU (value: the MoUs on them)',
    reachedContract: 'Connections that reached a contract (value: the contracts on them)',
    transferred: 'Connections with technology transferred',
    mou: 'MoUs signed in the period',
    transfer: 'Technology-transfer contracts signed in the period',
    consulting: 'Consulting contracts signed in the period',
    other: 'Other agreements signed in the period',
    centre: "Centres' own contracts (without a connection)",
    demands: 'Demands collected',
    offers: 'Offers collected',
    enterprises: 'Enterprises supported',
    channels: { 'connection-point': 'Through a connection point', event: 'At an event', 'rep-office': 'Through an office abroad', direct: 'Direct' },
  },
};

type Cell = string | number | Date;

/** Excel refuses sheet names with any of : \ / ? * [ ] or longer than 31 characters. */
export const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);

export function sheet(workbook: ExcelJS.Workbook, name: string, columns: string[], rows: Cell[][]) {
  const ws = workbook.addWorksheet(sheetName(name));
  ws.addRow(columns).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column) => (column.width = 24));
  ws.getColumn(1).width = 48;
  return ws;
}

/** 2019-11-24 as a date cell (UTC midnight, so that no time zone moves it to the day before). */
const dateCell = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The dashboard as a workbook, one sheet per table, with headings, coded values and names in the reader's language. */
export async function networkReportWorkbook(report: NetworkReport, lang: Language, names: CodeNames): Promise<Buffer> {
  const h = headings[lang];
  const workbook = new ExcelJS.Workbook();
  const a = report.agreements;
  const o = report.outcomes;
  sheet(
    workbook,
    h.sheets.summary,
    [h.indicator, h.count, h.valueVnd],
    [
      [h.opened, report.connections.total, ''],
      [h.reachedMou, o.mou.connections, o.mou.valueVnd],
      [h.reachedContract, o.contract.connections, o.contract.valueVnd],
      [h.transferred, o.transferred.connections, ''],
      [h.mou, a.mou.count, a.mou.valueVnd],
      [h.transfer, a.transferContract.count, a.transferContract.valueVnd],
      [h.consulting, a.consultingContract.count, a.consultingContract.valueVnd],
      [h.other, a.other.count, a.other.valueVnd],
      [h.centre, a.centreContracts.count, a.centreContracts.valueVnd],
      [h.demands, report.demandsCollected, ''],
      [h.offers, report.offersCollected, ''],
      [h.enterprises, report.enterprisesSupported, ''],
    ],
  );
  sheet(
    workbook,
    h.sheets.year,
    [h.year, h.connections],
    report.connections.byYear.map((r) => [r.year, r.count]),
  );
  sheet(
    workbook,
    h.sheets.channel,
    [h.channel, h.connections],
    report.connections.byChannel.map((r) => [h.channels[r.channel as keyof typeof h.channels] ?? r.channel, r.count]),
  );
  sheet(
    workbook,
    h.sheets.country,
    [h.country, h.connections, h.sectors],
    report.connections.byCountry.map((r) => [names.country(r.country), r.count, r.sectors.map((s) => `${names.sector(s.sector)} (${s.count})`).join('; ')]),
  );
  sheet(
    workbook,
    h.sheets.stage,
    [h.stage, h.connections],
    report.connections.funnel.map((r) => [stageLabels[r.stage as ConnectionStage][lang], r.count]),
  );
  sheet(
    workbook,
    h.sheets.province,
    [h.province, h.connections],
    report.connections.byProvince.map((r) => [names.province(r.province), r.count]),
  );
  const events = sheet(
    workbook,
    h.sheets.event,
    [h.event, h.startsOn, h.mou, h.agreements, h.valueVnd],
    report.events.map((e) => [e.name, dateCell(e.startsOn), e.mous, e.agreements, e.valueVnd]),
  );
  events.getColumn(2).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
