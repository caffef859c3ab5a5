import type { Minutes } from '../../../shared/councils/councils.schemas.js';
import { renderPdf } from '../../pdf/pdf-document.js';

const roleNames: Record<string, string> = { chair: 'Chủ tịch', 'vice-chair': 'Phó Chủ tịch', member: 'Ủy viên', secretary: 'Thư ký' };
const dmy = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '—');
const points = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The council's minutes as a PDF (in Vietnamese, the language of record). */
export function minutesPdf(m: Minutes): Promise<Buffer> {
  return renderPdf({ title: `Biên bản — ${m.councilName}` }, (doc) => {
    doc.font('bold').fontSize(16).text('BIÊN BẢN HỌP HỘI ĐỒNG', { align: 'center' });
    doc.fontSize(13).text(m.councilName, { align: 'center' });
    doc
      .font('regular')
      .fontSize(10)
      .text(`Đơn vị tổ chức: ${m.convenerName} — Ngày họp: ${dmy(m.meetingDate)}`, { align: 'center' });
    doc.moveDown();
    doc.font('bold').fontSize(12).text('Thành phần hội đồng');
    doc.font('regular').fontSize(10);
    for (const member of m.members)
      doc.text(`• ${member.name} — ${roleNames[member.role] ?? member.role}${member.organisationName ? ` (${member.organisationName})` : ''}`);
    doc.moveDown();
    doc.font('bold').fontSize(12).text('Phiếu đánh giá');
    doc.font('regular').fontSize(10);
    for (const c of m.form.criteria)
      doc.text(`• ${c.label}: tối đa ${points(c.maxPoints)} điểm${c.minPoints !== null ? `, tối thiểu ${points(c.minPoints)}` : ''}`);
    doc.text(`Điểm đạt: ${points(m.form.passTotal)}`);
    m.dossiers.forEach((d, i) => {
      doc.moveDown();
      doc
        .font('bold')
        .fontSize(12)
        .text(`${i + 1}. ${d.title}`);
      doc.font('regular').fontSize(10);
      for (const e of d.excluded) doc.text(`Không tham gia đánh giá: ${e.name}${e.reason ? ` — ${e.reason}` : ''}`);
      if (!d.result) {
        doc.text('Chưa tổng hợp kết quả.');
        return;
      }
      doc.text(`Số phiếu: ${d.result.sheets}. Tổng hợp ngày ${dmy(d.consolidatedAt)}.`);
      for (const c of d.result.criteria) {
        const label = m.form.criteria.find((x) => x.key === c.key)?.label ?? c.key;
        doc.text(
          `• ${label}: ${points(c.value)} (thấp nhất ${points(c.min)}, cao nhất ${points(c.max)})${c.consensusComment ? ` — ${c.consensusComment}` : ''}`,
        );
      }
      doc.font('bold').text(`Tổng điểm: ${points(d.result.total)} — ${d.result.passed ? 'Đạt' : 'Không đạt'}`);
      doc.font('regular');
      if (d.result.conclusion) doc.text(`Kết luận: ${d.result.conclusion}`);
    });
  });
}
