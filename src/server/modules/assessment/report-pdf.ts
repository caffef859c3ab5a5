import type { Methodology, Text } from '../../../domain/assessment/methodology-types.js';
import { formatNumber } from '../../../domain/assessment/numbers.js';
import type { Language } from '../../../shared/i18n/language.js';
import { renderPdf } from '../../pdf/pdf-document.js';
import type { assessmentReport } from './assessment.service.js';

type Report = Awaited<ReturnType<typeof assessmentReport>>;
type Doc = PDFKit.PDFDocument;

const words = {
  vi: {
    title: 'BÁO CÁO ĐÁNH GIÁ TRÌNH ĐỘ CÔNG NGHỆ',
    enterprise: 'Doanh nghiệp',
    sector: 'Ngành (VSIC cấp 2)',
    methodology: 'Phương pháp',
    version: 'phiên bản',
    legal: 'Căn cứ pháp lý',
    issued: 'ban hành ngày',
    date: 'Ngày đánh giá',
    status: 'Trạng thái',
    statuses: { draft: 'Đang nhập', submitted: 'Đã gửi, chờ thẩm định', returned: 'Đã trả lại', approved: 'Đã duyệt' },
    provisional: 'TẠM TÍNH: báo cáo dùng các quy tắc chưa được đối chiếu với văn bản ban hành; số liệu có thể thay đổi khi được xác minh.',
    total: 'Tổng điểm',
    of: 'trên',
    level: 'Mức',
    coefficient: 'Hệ số đồng bộ',
    groups: 'Điểm các nhóm',
    group: 'Nhóm',
    points: 'Điểm',
    share: 'Tỷ lệ',
    excluded: 'không tính',
    radarEnterprise: 'Doanh nghiệp này',
    radarMedian: 'Trung vị ngành',
    sectorTitle: 'So với ngành',
    sectorN: (n: number, code: string) => `${n} phiếu đã duyệt thuộc ngành VSIC ${code}.`,
    sectorInsufficient: (n: number, min: number) => `Số liệu ngành được hiển thị khi có từ ${min} doanh nghiệp cùng ngành được đánh giá (hiện có ${n}).`,
    median: 'Trung vị',
    quartiles: 'Tứ phân vị 1 – 3',
    position: 'Vị trí',
    quarters: { first: 'Nhóm 25% thấp nhất', second: 'Dưới trung vị', third: 'Trên trung vị', fourth: 'Nhóm 25% cao nhất' },
    weaknesses: 'Ưu tiên cải thiện: các tiêu chí yếu nhất',
    nextStep: 'Bước tiếp theo',
    links: {
      offers: 'tìm công nghệ chào bán trên TechBridge',
      experts: 'tìm chuyên gia trên TechBridge',
      programmes: 'tìm chương trình, đối tác nghiên cứu trên TechBridge',
    },
    medianShare: 'trung vị ngành',
    change: 'Thay đổi so với lần đánh giá trước',
    changeLead: 'So với phiếu được duyệt ngày',
    methodologyChanged: 'Hai lần đánh giá dùng các phiên bản phương pháp khác nhau: chỉ so sánh các nhóm.',
    before: 'Trước',
    after: 'Nay',
    difference: 'Thay đổi',
    criteria: 'Điểm từng tiêu chí',
    flags: {
      'dont-know': 'không biết',
      'not-applicable': 'không áp dụng',
      unanswered: 'chưa trả lời',
      'benchmark-missing': 'chưa có chuẩn ngành',
      'undefined-ratio': 'không tính được tỷ lệ',
    },
    notScored: 'Điểm được tính tạm từ các câu trả lời hiện có; phiếu chưa được gửi.',
    footer: 'TechBridge — báo cáo bảo mật, chỉ dành cho doanh nghiệp và cơ quan đánh giá.',
  },
  en: {
    title: 'TECHNOLOGY ASSESSMENT REPORT',
    enterprise: 'Enterprise',
    sector: 'Sector (VSIC division)',
    methodology: 'Methodology',
    version: 'version',
    legal: 'Legal basis',
    issued: 'issued on',
    date: 'Assessment date',
    status: 'Status',
    statuses: { draft: 'Being filled in', submitted: 'Submitted, awaiting review', returned: 'Returned', approved: 'Approved' },
    provisional: 'PROVISIONAL: this report uses rules not yet checked against the published text; figures may change once verified.',
    total: 'Total score',
    of: 'out of',
    level: 'Level',
    coefficient: 'Synchronisation coefficient',
    groups: 'Group scores',
    group: 'Group',
    points: 'Points',
    share: 'Share',
    excluded: 'excluded',
    radarEnterprise: 'This enterprise',
    radarMedian: 'Sector median',
    sectorTitle: 'Against the sector',
    sectorN: (n: number, code: string) => `${n} approved assessments in VSIC division ${code}.`,
    sectorInsufficient: (n: number, min: number) => `Sector figures are shown once ${min} enterprises of the division are assessed (now ${n}).`,
    median: 'Median',
    quartiles: 'Quartiles 1 – 3',
    position: 'Position',
    quarters: { first: 'Bottom quarter', second: 'Below the median', third: 'Above the median', fourth: 'Top quarter' },
    weaknesses: 'Priorities: the weakest criteria',
    nextStep: 'Next step',
    links: {
      offers: 'look for technology offers on TechBridge',
      experts: 'look for experts on TechBridge',
      programmes: 'look for programmes and research partners on TechBridge',
    },
    medianShare: 'sector median',
    change: 'Change since the previous assessment',
    changeLead: 'Compared with the assessment approved on',
    methodologyChanged: 'The two assessments were scored with different methodology versions: only the groups are compared.',
    before: 'Before',
    after: 'Now',
    difference: 'Change',
    criteria: 'Points per criterion',
    flags: {
      'dont-know': "don't know",
      'not-applicable': 'not applicable',
      unanswered: 'unanswered',
      'benchmark-missing': 'no sector benchmark',
      'undefined-ratio': 'ratio undefined',
    },
    notScored: 'Scores are computed from the answers so far; the questionnaire has not been submitted.',
    footer: 'TechBridge — confidential report, for the enterprise and its assessors only.',
  },
};

const dmy = (iso: string | null | undefined) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '—');
const BLUE = '#1c7ed6';
const GREY = '#868e96';

/** A polygon of five (or n) points around (cx, cy), each axis at `shares[i]` of the radius. */
function polygon(doc: Doc, cx: number, cy: number, radius: number, shares: number[]): Doc {
  shares.forEach((s, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / shares.length;
    const x = cx + Math.cos(angle) * radius * Math.max(0, Math.min(1, s));
    const y = cy + Math.sin(angle) * radius * Math.max(0, Math.min(1, s));
    if (i === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  });
  return doc.closePath();
}

/** The radar of the groups as a share of each maximum, with the sector median dashed when known. */
function radar(doc: Doc, r: Report, lang: Language) {
  const w = words[lang];
  const groups = r.score.groups;
  const size = 90;
  const cx = doc.page.margins.left + 150;
  const cy = doc.y + size + 20;
  doc.save().lineWidth(0.5).strokeColor('#ced4da');
  for (const ring of [0.25, 0.5, 0.75, 1])
    polygon(
      doc,
      cx,
      cy,
      size,
      groups.map(() => ring),
    ).stroke();
  groups.forEach((g, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / groups.length;
    doc
      .moveTo(cx, cy)
      .lineTo(cx + Math.cos(angle) * size, cy + Math.sin(angle) * size)
      .stroke();
    const lx = cx + Math.cos(angle) * (size + 14);
    const ly = cy + Math.sin(angle) * (size + 14);
    doc
      .fillColor('black')
      .fontSize(8)
      .text(`${g.code} ${formatNumber((g.share ?? 0) * 100, lang)}%`, lx - 40, ly - 4, { width: 80, align: 'center', lineBreak: false });
  });
  doc.restore();
  if (r.sector.status === 'ok') {
    const medians = groups.map((g) => (r.sector.status === 'ok' ? (r.sector.groups.find((s) => s.code === g.code)?.share?.median ?? 0) : 0));
    doc.save().lineWidth(1).strokeColor(GREY).dash(3, { space: 3 });
    polygon(doc, cx, cy, size, medians).stroke();
    doc.undash().restore();
  }
  doc.save().lineWidth(1.5).fillOpacity(0.25).fillColor(BLUE).strokeColor(BLUE);
  polygon(
    doc,
    cx,
    cy,
    size,
    groups.map((g) => g.share ?? 0),
  ).fillAndStroke();
  doc.restore();
  // Legend beside the chart.
  const lx = cx + size + 70;
  doc
    .save()
    .rect(lx, cy - 20, 12, 8)
    .fillOpacity(0.4)
    .fill(BLUE)
    .restore();
  doc
    .fillColor('black')
    .fontSize(9)
    .text(w.radarEnterprise, lx + 18, cy - 22, { lineBreak: false });
  if (r.sector.status === 'ok') {
    doc
      .save()
      .lineWidth(1)
      .strokeColor(GREY)
      .dash(3, { space: 3 })
      .moveTo(lx, cy + 2)
      .lineTo(lx + 12, cy + 2)
      .stroke()
      .undash()
      .restore();
    doc.fillColor('black').text(w.radarMedian, lx + 18, cy - 2, { lineBreak: false });
  }
  doc.x = doc.page.margins.left;
  doc.y = cy + size + 26;
}

function heading(doc: Doc, title: string) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
  doc.moveDown(0.6).font('bold').fontSize(12).fillColor('black').text(title, doc.page.margins.left).font('regular').fontSize(10).moveDown(0.2);
}

/** A row of cells at fixed x offsets from the left margin. */
function row(doc: Doc, cells: string[], widths: number[], bold = false) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
  const y = doc.y;
  let x = doc.page.margins.left;
  let bottom = y;
  doc.font(bold ? 'bold' : 'regular').fontSize(9);
  cells.forEach((cell, i) => {
    doc.text(cell, x, y, { width: widths[i] - 6 });
    bottom = Math.max(bottom, doc.y);
    x += widths[i];
  });
  doc.font('regular');
  doc.x = doc.page.margins.left;
  doc.y = bottom + 2;
}

/** The report of one assessment as a PDF, in Vietnamese or English (what the report page shows, to whom it shows it). */
export function assessmentReportPdf(r: Report, m: Methodology, lang: Language): Promise<Buffer> {
  const w = words[lang];
  const t = (text: Text) => text[lang];
  const num = (n: number) => formatNumber(n, lang);
  const pct = (share: number | null) => (share === null ? '—' : `${num(share * 100)}%`);
  const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${num(n)}`);
  const a = r.assessment;
  return renderPdf({ title: `${w.title} — ${a.organisationName}` }, (doc) => {
    doc.font('bold').fontSize(15).text(w.title, { align: 'center' });
    doc.fontSize(13).text(a.organisationName, { align: 'center' });
    doc.moveDown(0.6).font('regular').fontSize(10);
    const line = (label: string, value: string) => doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
    line(w.enterprise, a.organisationName);
    line(w.sector, a.vsicDivision);
    line(w.methodology, `${t(m.name)} — ${w.version} ${m.version}`);
    const legal = m.legalReference;
    line(w.legal, `${legal.document} — ${t(legal.title)}${legal.issuedOn ? `, ${w.issued} ${dmy(legal.issuedOn)}` : ''}`);
    line(w.date, dmy(a.reviewedAt ?? a.submittedAt ?? a.createdAt));
    line(w.status, w.statuses[a.status]);
    if (a.status === 'draft' || a.status === 'returned') doc.moveDown(0.3).fillColor(GREY).text(w.notScored).fillColor('black');
    if (r.provisional) doc.moveDown(0.3).fillColor('#e8590c').font('bold').text(w.provisional).font('regular').fillColor('black');

    doc.moveDown(0.6).fontSize(12);
    line(w.total, `${num(r.score.total)} ${w.of} ${num(r.score.maxTotal)}`);
    line(w.level, t(r.score.level.name));
    line(w.coefficient, `${num(r.score.coefficient)} (${t(r.score.coefficientFormula)})`);
    doc.fontSize(10);

    heading(doc, w.groups);
    radar(doc, r, lang);
    const gw = [200, 110, 90, 90];
    row(doc, [w.group, w.points, w.share, w.medianShare], gw, true);
    for (const g of r.score.groups) {
      const median = r.sector.status === 'ok' ? r.sector.groups.find((s) => s.code === g.code)?.share?.median : undefined;
      row(
        doc,
        [`${g.code} — ${t(g.name)}`, g.excluded ? w.excluded : `${num(g.points)}/${num(g.maxPoints)}`, pct(g.share), median === undefined ? '—' : pct(median)],
        gw,
      );
    }

    heading(doc, w.sectorTitle);
    if (r.comparison.status === 'ok') {
      doc.text(w.sectorN(r.comparison.n, a.vsicDivision)).moveDown(0.3);
      const sw = [150, 60, 60, 90, 130];
      row(doc, ['', lang === 'vi' ? 'Giá trị' : 'Value', w.median, w.quartiles, w.position], sw, true);
      const standings = [
        { label: w.total, s: r.comparison.total },
        { label: w.coefficient, s: r.comparison.coefficient },
        ...r.comparison.groups.map((g) => ({ label: `${g.code} — ${t(g.name)}`, s: g.points })),
      ];
      for (const { label, s } of standings) row(doc, [label, num(s.value), num(s.median), `${num(s.q1)} – ${num(s.q3)}`, w.quarters[s.quarter]], sw);
    } else if (r.comparison.status === 'insufficient') {
      doc.text(w.sectorInsufficient(r.comparison.n, r.comparison.minimum));
    }

    if (r.weaknesses.length > 0) {
      heading(doc, w.weaknesses);
      r.weaknesses.forEach((wk, i) => {
        if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
        const median = wk.sectorMedianShare === null ? '' : `, ${w.medianShare} ${pct(wk.sectorMedianShare)}`;
        doc.font('bold').text(`${i + 1}. ${wk.code} — ${t(wk.name)}`, doc.page.margins.left);
        doc.font('regular').text(`${num(wk.points)}/${num(wk.maxPoints)} ${w.points.toLowerCase()} (${pct(wk.share)}${median})`);
        doc.text(`${w.nextStep}: ${t(wk.nextStep)} — ${w.links[wk.link]}.`);
        doc.moveDown(0.3);
      });
    }

    if (r.previous) {
      const c = r.previous.change;
      heading(doc, w.change);
      doc.text(`${w.changeLead} ${dmy(r.previous.reviewedAt)}.`);
      if (!c.sameMethodology) doc.text(w.methodologyChanged);
      doc.moveDown(0.3);
      const cw = [200, 80, 80, 80];
      row(doc, ['', w.before, w.after, w.difference], cw, true);
      if (c.total) row(doc, [w.total, num(c.total.before ?? 0), num(c.total.after ?? 0), signed(c.total.change)], cw);
      row(doc, [w.level, t(c.before.level.name), t(c.after.level.name), ''], cw);
      for (const g of c.groups)
        row(
          doc,
          [
            `${g.code} — ${t(g.name)}`,
            g.points.before === null ? '—' : num(g.points.before),
            g.points.after === null ? '—' : num(g.points.after),
            signed(g.points.change),
          ],
          cw,
        );
    }

    heading(doc, w.criteria);
    const kw = [260, 80, 150];
    row(doc, [lang === 'vi' ? 'Tiêu chí' : 'Criterion', w.points, ''], kw, true);
    for (const c of r.score.criteria) {
      const flags = c.flags.map((f) => w.flags[f]).join(', ');
      row(doc, [`${c.code} — ${t(c.name)}`, c.points === null ? w.excluded : `${num(c.points)}/${num(c.maxPoints)}`, flags], kw);
    }
    doc.moveDown().fontSize(8).fillColor(GREY).text(w.footer, doc.page.margins.left);
  });
}
