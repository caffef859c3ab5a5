import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

const font = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));

/** A PDF document with a font that covers Vietnamese ("regular" and "bold"); `render` draws it, the buffer is the file. */
export async function renderPdf(
  options: { title: string; size?: string; layout?: 'portrait' | 'landscape' },
  render: (doc: PDFKit.PDFDocument) => void | Promise<void>,
): Promise<Buffer> {
  const doc = new PDFDocument({ size: options.size ?? 'A4', layout: options.layout ?? 'portrait', margin: 56, info: { Title: options.title }, compress: true });
  doc.registerFont('regular', font('DejaVuSans.ttf'));
  doc.registerFont('bold', font('DejaVuSans-Bold.ttf'));
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  await render(doc);
  doc.end();
  return done;
}
