import QRCode from 'qrcode';
import { renderPdf } from '../../pdf/pdf-document.js';

/** The address a certificate's QR code opens: the public verification page of its code. */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/$/, '')}/award/verify/${encodeURIComponent(code)}`;
}

/** The QR code of a verification address, as a PNG. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 });
}

const tierNames = ['', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3'];

/** A one-page certificate (A4 landscape) with the enterprise, the round, its tier and a QR code of its verification page. */
export async function certificatePdf(
  honouree: { enterpriseName: string; roundName: string; fromYear: number; toYear: number; tier: number; score: number; code: string },
  baseUrl: string,
): Promise<Buffer> {
  const url = verificationUrl(baseUrl, honouree.code);
  const qr = await qrPng(url);
  return renderPdf({ title: `Giấy chứng nhận — ${honouree.enterpriseName}`, layout: 'landscape' }, (doc) => {
    const width = doc.page.width - 112;
    doc.font('bold').fontSize(14).text('BỘ KHOA HỌC VÀ CÔNG NGHỆ', { align: 'center', width });
    doc.moveDown(1.5);
    doc.fontSize(30).text('GIẤY CHỨNG NHẬN', { align: 'center', width });
    doc.font('regular').fontSize(14).text('Doanh nghiệp đổi mới công nghệ tiêu biểu', { align: 'center', width });
    doc.moveDown(1.5);
    doc.font('bold').fontSize(24).text(honouree.enterpriseName, { align: 'center', width });
    doc.moveDown(1);
    doc.font('regular').fontSize(13);
    doc.text(`${honouree.roundName} (${honouree.fromYear}–${honouree.toYear})`, { align: 'center', width });
    doc.text(`${tierNames[honouree.tier] ?? ''} — ${honouree.score.toFixed(2)} điểm`, { align: 'center', width });
    const size = 120;
    const x = doc.page.width - 56 - size;
    const y = doc.page.height - 56 - size - 50;
    doc.image(qr, x, y, { width: size, height: size, link: url });
    doc.fontSize(8).text(`Xác thực / Verify: ${url}`, 56, doc.page.height - 92, { width: doc.page.width - 112, align: 'right', link: url });
    doc.text(`Mã / Code: ${honouree.code}`, 56, doc.page.height - 80, { width: doc.page.width - 112, align: 'right' });
  });
}
