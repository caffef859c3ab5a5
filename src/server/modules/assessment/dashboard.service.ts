import ExcelJS from 'exceljs';
import type { Db } from '../../../db/client.js';
import { dashboardOfTable, type DashboardTable } from '../../../domain/assessment/dashboard.js';
import { emptyFiguresTable, packedColumns } from '../../../domain/assessment/figures-table.js';
import { setPackedRow } from '../../../domain/assessment/packed-figures.js';
import type { Methodology } from '../../../domain/assessment/methodology-types.js';
import { isProvisional } from '../../../domain/assessment/provisional.js';
import { vsicSection } from '../../../domain/assessment/vsic-division.js';
import type { AssessmentDashboard, DashboardQuery } from '../../../shared/assessment/assessment.schemas.js';
import type { Language } from '../../../shared/i18n/language.js';
import { FieldError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { codeNames } from '../reports/report-names.js';
import { sheet } from '../reports/report-workbook.js';
import { loadMethodology } from './assessment-methodologies.js';
import { authorizeAssessmentDashboard, canViewCampaign } from './assessment.policy.js';
import * as repo from './assessment.repository.js';
import { findCampaign } from './campaigns.repository.js';
import { dashboardColumns, type DashboardColumns } from './dashboard.repository.js';

/** The latest version of a methodology code, and every code for the picker. */
async function methodologies(db: Db, code: string) {
  const all: Methodology[] = [];
  for (const id of await repo.latestPublishedMethodologyIds(db)) {
    const m = await loadMethodology(db, id);
    if (m) all.push(m);
  }
  const methodology = all.find((m) => m.code === code);
  if (!methodology) throw new FieldError([{ path: 'querystring.methodologyCode', key: 'unknown_methodology' }]);
  return { methodology, all };
}

/**
 * The entries as the domain's table aligned to the methodology `m`: figures unpacked by the version they were
 * scored with (an entry whose version is unknown or whose bytes do not fit it is left out), campaigns that count them.
 */
async function dashboardTable(
  db: Db,
  m: Methodology,
  e: DashboardColumns,
  memberships: Array<{ campaignId: string; organisationId: string; createdAt: Date }>,
): Promise<DashboardTable> {
  const campaignsOf = new Map<string, Array<{ campaignId: string; createdAt: number }>>();
  for (const c of memberships) campaignsOf.set(c.organisationId, [...(campaignsOf.get(c.organisationId) ?? []), { ...c, createdAt: c.createdAt.getTime() }]);
  const columnsOf = new Map<string, Int32Array | null>();
  for (const id of new Set(e.methodology_ids)) {
    const version = await loadMethodology(db, id);
    columnsOf.set(id, version ? packedColumns(m, version) : null);
  }
  const fitting = e.methodology_ids.flatMap((id, i) => (columnsOf.get(id)?.length === e.packed_lengths[i] / 8 ? [i] : []));
  const table: DashboardTable = { ...emptyFiguresTable(m, fitting.length), vsicDivision: [], provinceCode: [], campaignIds: [] };
  const offsets = new Int32Array(e.packed_lengths.length + 1);
  e.packed_lengths.forEach((length, i) => (offsets[i + 1] = offsets[i] + length));
  fitting.forEach((i, row) => {
    const scalars = { provisional: e.provisional[i], total: e.totals[i], coefficient: e.coefficients[i], levelCode: e.level_codes[i] };
    const packed = new DataView(e.packed.buffer, e.packed.byteOffset + offsets[i], e.packed_lengths[i]);
    setPackedRow(m, table, row, scalars, columnsOf.get(e.methodology_ids[i]) ?? new Int32Array(), packed);
    table.vsicDivision.push(e.vsic_divisions[i]);
    table.provinceCode.push(e.province_codes[i]);
    table.campaignIds.push((campaignsOf.get(e.organisation_ids[i]) ?? []).filter((c) => e.started_ms[i] >= c.createdAt).map((c) => c.campaignId));
  });
  return table;
}

/**
 * The dashboard of verified assessments in the caller's provinces: overall figures, and the same by
 * sector (VSIC division), province and campaign, with labels in the reader's language. Sets of
 * fewer than five enterprises show their count only; no enterprise is named.
 */
export async function assessmentDashboard(db: Db, actor: Actor, lang: Language, query: DashboardQuery): Promise<AssessmentDashboard> {
  const provinces = authorizeAssessmentDashboard(actor, query.provinceCode);
  const { methodology: m, all } = await methodologies(db, query.methodologyCode);
  if (query.campaignId) {
    const campaign = await findCampaign(db, query.campaignId);
    if (!campaign || !canViewCampaign(actor, campaign)) throw new FieldError([{ path: 'querystring.campaignId', key: 'unknown_campaign' }]);
  }
  // One narrow entry per enterprise, kept with each approval and reopening, read as columns and aggregated column by column.
  const [entries, memberships, names] = await Promise.all([
    dashboardColumns(db, provinces, query),
    repo.campaignMemberships(db, provinces, m.code),
    codeNames(db, lang, 'current'),
  ]);
  const d = dashboardOfTable(m, await dashboardTable(db, m, entries, memberships));
  const campaignNames = new Map(memberships.map((c) => [c.campaignId, c.name]));
  const sectorLabel = (division: string) => {
    const section = vsicSection(division);
    return section ? `VSIC ${division} · ${names.sector(section)}` : `VSIC ${division}`;
  };
  const labelled = (rowsOf: typeof d.bySector, label: (key: string) => string) => rowsOf.map((r) => ({ ...r, label: label(r.key) }));
  return {
    methodology: { id: m.id, code: m.code, name: m.name, provisional: isProvisional(m) },
    methodologies: all.map((x) => ({ code: x.code, name: x.name })),
    scope: { national: provinces === null, provinces: provinces ?? [] },
    n: d.n,
    minimum: d.minimum,
    levels: m.levels.bands.map((b) => ({ code: b.code, name: b.name })),
    groups: m.groups.map((g) => ({ code: g.code, name: g.name, maxPoints: g.maxPoints })),
    overall:
      d.overall.status === 'ok'
        ? {
            total: d.overall.total,
            coefficient: d.overall.coefficient,
            groups: d.overall.groups.map((g) => ({ code: g.code, points: g.points, share: g.share })),
            levels: d.overall.levels.map((l) => ({ code: l.code, count: l.count, share: l.share })),
            weakest: d.overall.criteria.slice(0, 5).map((c) => ({ code: c.code, name: c.name, n: c.n, meanShare: c.meanShare, medianShare: c.medianShare })),
          }
        : null,
    bySector: labelled(d.bySector, sectorLabel),
    byProvince: labelled(d.byProvince, names.province),
    byCampaign: labelled(d.byCampaign, (id) => campaignNames.get(id) ?? id),
    campaigns: [...campaignNames.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}

const headings = {
  vi: {
    sheets: {
      summary: 'Tổng hợp',
      levels: 'Theo mức trình độ',
      groups: 'Theo nhóm tiêu chí',
      weakest: 'Tiêu chí yếu nhất',
      sector: 'Theo ngành (VSIC)',
      province: 'Theo tỉnh, thành',
      campaign: 'Theo đợt khảo sát',
    },
    counts: (n: number, min: number) =>
      `Đếm ${n} doanh nghiệp, mỗi doanh nghiệp một lần với phiếu đánh giá đã được thẩm định (duyệt) gần nhất. Nhóm dưới ${min} doanh nghiệp chỉ hiện số lượng.`,
    indicator: 'Chỉ tiêu',
    value: 'Giá trị',
    methodology: 'Bộ tiêu chí',
    scope: 'Phạm vi',
    national: 'Toàn quốc',
    provisional: 'Quy tắc chấm điểm tạm thời, chưa đối chiếu đầy đủ với văn bản ban hành',
    enterprises: 'Số doanh nghiệp',
    meanTotal: 'Tổng điểm trung bình',
    medianTotal: 'Tổng điểm trung vị',
    meanCoefficient: 'Hệ số đồng bộ trung bình',
    level: 'Mức trình độ',
    count: 'Số doanh nghiệp',
    share: 'Tỷ lệ (%)',
    group: 'Nhóm tiêu chí',
    maxPoints: 'Điểm tối đa',
    meanPoints: 'Điểm trung bình',
    q1: 'Tứ phân vị thứ nhất',
    median: 'Trung vị',
    q3: 'Tứ phân vị thứ ba',
    meanShare: 'Tỷ lệ đạt trung bình (%)',
    criterion: 'Tiêu chí',
    medianShare: 'Tỷ lệ đạt trung vị (%)',
    sector: 'Ngành (VSIC)',
    province: 'Tỉnh/thành phố',
    campaign: 'Đợt khảo sát',
    withheld: (min: number) => `Dưới ${min} doanh nghiệp: không công bố số liệu`,
    filters: 'Bộ lọc',
  },
  en: {
    sheets: {
      summary: 'Summary',
      levels: 'By level',
      groups: 'By group',
      weakest: 'Weakest criteria',
      sector: 'By sector (VSIC)',
      province: 'By province',
      campaign: 'By campaign',
    },
    counts: (n: number, min: number) =>
      `Counts ${n} enterprises, each once with its latest verified (approved) assessment. Sets of fewer than ${min} enterprises show their count only.`,
    indicator: 'Indicator',
    value: 'Value',
    methodology: 'Methodology',
    scope: 'Scope',
    national: 'Nationwide',
    provisional: 'Provisional scoring rules, not yet fully checked against the published text',
    enterprises: 'Enterprises',
    meanTotal: 'Mean total score',
    medianTotal: 'Median total score',
    meanCoefficient: 'Mean synchronisation coefficient',
    level: 'Level',
    count: 'Enterprises',
    share: 'Share (%)',
    group: 'Group',
    maxPoints: 'Maximum points',
    meanPoints: 'Mean points',
    q1: 'First quartile',
    median: 'Median',
    q3: 'Third quartile',
    meanShare: 'Mean share of maximum (%)',
    criterion: 'Criterion',
    medianShare: 'Median share of maximum (%)',
    sector: 'Sector (VSIC)',
    province: 'Province or city',
    campaign: 'Survey campaign',
    withheld: (min: number) => `Fewer than ${min} enterprises: figures withheld`,
    filters: 'Filters',
  },
};

const percent = (share: number | null | undefined) => (share === null || share === undefined ? '' : Math.round(share * 1000) / 10);

/** The dashboard as a workbook: one sheet per table, headings, labels and level names in the reader's language. */
export async function dashboardWorkbook(db: Db, actor: Actor, lang: Language, query: DashboardQuery) {
  const d = await assessmentDashboard(db, actor, lang, query);
  const h = headings[lang];
  const names = await codeNames(db, lang, 'current');
  const workbook = new ExcelJS.Workbook();
  const filters = [
    query.vsicDivision ? `VSIC ${query.vsicDivision}` : null,
    query.provinceCode ? names.province(query.provinceCode) : null,
    query.campaignId ? (d.campaigns.find((c) => c.id === query.campaignId)?.name ?? null) : null,
  ].filter(Boolean);
  const o = d.overall;
  sheet(
    workbook,
    h.sheets.summary,
    [h.indicator, h.value],
    [
      [h.counts(d.n, d.minimum), ''],
      [h.methodology, d.methodology.name[lang]],
      [h.scope, d.scope.national ? h.national : d.scope.provinces.map(names.province).join(', ')],
      ...(filters.length ? [[h.filters, filters.join('; ')]] : []),
      ...(d.methodology.provisional ? [[h.provisional, '']] : []),
      [h.enterprises, d.n],
      [h.meanTotal, o ? o.total.mean : h.withheld(d.minimum)],
      [h.medianTotal, o ? o.total.median : ''],
      [h.meanCoefficient, o ? o.coefficient.mean : ''],
    ],
  );
  const levelName = new Map(d.levels.map((l) => [l.code, l.name[lang]]));
  sheet(
    workbook,
    h.sheets.levels,
    [h.level, h.count, h.share],
    (o?.levels ?? []).map((l) => [levelName.get(l.code) ?? l.code, l.count, percent(l.share)]),
  );
  sheet(
    workbook,
    h.sheets.groups,
    [h.group, h.maxPoints, h.enterprises, h.meanPoints, h.q1, h.median, h.q3, h.meanShare],
    d.groups.map((g) => {
      const s = o?.groups.find((x) => x.code === g.code);
      const p = s?.points;
      return [`${g.code}. ${g.name[lang]}`, g.maxPoints, p?.n ?? '', p?.mean ?? '', p?.q1 ?? '', p?.median ?? '', p?.q3 ?? '', percent(s?.share?.mean)];
    }),
  );
  sheet(
    workbook,
    h.sheets.weakest,
    [h.criterion, h.enterprises, h.meanShare, h.medianShare],
    (o?.weakest ?? []).map((c) => [`${c.code}. ${c.name[lang]}`, c.n, percent(c.meanShare), percent(c.medianShare)]),
  );
  const breakdownColumns = (first: string) => [
    first,
    h.enterprises,
    h.meanTotal,
    h.medianTotal,
    h.meanCoefficient,
    ...d.levels.map((l) => `${h.level}: ${l.name[lang]}`),
    ...d.groups.map((g) => `${g.code}. ${g.name[lang]} (%)`),
  ];
  const breakdownRows = (rows: AssessmentDashboard['bySector']) =>
    rows.map((r) =>
      r.withheld
        ? [r.label, r.n, h.withheld(d.minimum)]
        : [
            r.label,
            r.n,
            r.meanTotal ?? '',
            r.medianTotal ?? '',
            r.meanCoefficient ?? '',
            ...d.levels.map((l) => r.levels.find((x) => x.code === l.code)?.count ?? 0),
            ...d.groups.map((g) => percent(r.groups.find((x) => x.code === g.code)?.meanShare)),
          ],
    );
  sheet(workbook, h.sheets.sector, breakdownColumns(h.sector), breakdownRows(d.bySector));
  sheet(workbook, h.sheets.province, breakdownColumns(h.province), breakdownRows(d.byProvince));
  sheet(workbook, h.sheets.campaign, breakdownColumns(h.campaign), breakdownRows(d.byCampaign));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, fileName: `techbridge-danh-gia-cong-nghe-${d.methodology.code}.xlsx` };
}
