import type { Period, PeriodPoint, Roadmap } from '../../../domain/roadmaps/types.js';
import type { Language } from '../../../shared/i18n/language.js';
import { chartTexts, itemStatusLabels } from '../../../shared/roadmaps/labels.js';
import type { MapViewNode } from '../../../shared/roadmaps/map-svg.js';
import { linkKindRules } from '../../../domain/roadmaps/layers.js';
import { renderPdf } from '../../pdf/pdf-document.js';

const texts = {
  items: { vi: 'Các hạng mục theo lớp', en: 'Items by layer' },
  links: { vi: 'Liên kết', en: 'Links' },
  nodes: { vi: 'Các nút của bản đồ', en: 'Nodes of the map' },
  noItems: { vi: 'Chưa có hạng mục.', en: 'No items yet.' },
  quarter: { vi: 'Quý', en: 'Q' },
  half: { vi: 'Nửa', en: 'H' },
} as const;

const pick = (text: { vi: string; en: string }, lang: Language) => text[lang] || text[lang === 'vi' ? 'en' : 'vi'];

function periodText(period: Period, lang: Language) {
  const point = (p: PeriodPoint) =>
    p.quarter !== undefined
      ? `${texts.quarter[lang]} ${p.quarter}/${p.year}`
      : p.half !== undefined
        ? `${texts.half[lang]} ${p.half}/${p.year}`
        : String(p.year);
  const [start, end] = [point(period.start), point(period.end)];
  return start === end ? start : `${start} – ${end}`;
}

type Chart = { png: Buffer; width: number; height: number };

/** Page one: the title as text (searchable, read aloud) and the chart fitted under it, on A4 landscape. */
function chartPage(doc: PDFKit.PDFDocument, title: string, chart: Chart) {
  doc.font('bold').fontSize(16).text(title);
  doc.moveDown(0.5);
  const margin = doc.page.margins;
  const width = doc.page.width - margin.left - margin.right;
  const height = doc.page.height - doc.y - margin.bottom;
  doc.image(chart.png, margin.left, doc.y, { fit: [width, height], align: 'center' });
}

/** The roadmap's PDF: the chart, then every item by lane with its period, status and description, then the links. */
export function roadmapPdf(roadmap: Roadmap, title: string, chart: Chart, lang: Language): Promise<Buffer> {
  return renderPdf({ title, layout: 'landscape' }, (doc) => {
    chartPage(doc, title, chart);
    doc.addPage();
    doc.font('bold').fontSize(13).text(texts.items[lang]);
    if (roadmap.items.length === 0) doc.font('regular').fontSize(10).text(texts.noItems[lang]);
    for (const layer of roadmap.layers) {
      const items = roadmap.items.filter((item) => item.layerCode === layer.code);
      if (items.length === 0) continue;
      doc.moveDown(0.5).font('bold').fontSize(11).text(pick(layer.name, lang));
      for (const item of items) {
        doc
          .font('regular')
          .fontSize(10)
          .text(`• ${pick(item.title, lang)} — ${periodText(item.period, lang)} — ${itemStatusLabels[item.status][lang]}`);
        if (item.description) doc.fontSize(9).text(item.description, { indent: 14 });
      }
    }
    if (roadmap.links.length === 0) return;
    const titles = new Map(roadmap.items.map((item) => [item.id, pick(item.title, lang)]));
    doc.moveDown().font('bold').fontSize(13).text(texts.links[lang]);
    doc.font('regular').fontSize(10);
    for (const link of roadmap.links) doc.text(`• ${titles.get(link.from)} ${linkKindRules[link.kind].name[lang]} ${titles.get(link.to)}`);
  });
}

/** The technology map's PDF: the drawing, then each node with Viet Nam's and the world's level and what TechBridge holds under it. */
export function mapPdf(title: string, nodes: readonly MapViewNode[], chart: Chart, lang: Language): Promise<Buffer> {
  const t = chartTexts;
  return renderPdf({ title, layout: 'landscape' }, (doc) => {
    chartPage(doc, title, chart);
    doc.addPage();
    doc.font('bold').fontSize(13).text(texts.nodes[lang]);
    for (const node of nodes) {
      const levels = `${t.vietnam[lang]} ${node.vietnamLevel ?? '—'}, ${t.world[lang]} ${node.worldLevel ?? '—'}`;
      const c = node.counts;
      const counts = `${c.offer} ${t.offers[lang]} · ${c.demand} ${t.demands[lang]} · ${c.expert} ${t.experts[lang]} · ${c.connection} ${t.connections[lang]}`;
      doc
        .font(node.depth === 0 ? 'bold' : 'regular')
        .fontSize(10)
        .text(`${pick(node.name, lang)} — ${levels} — ${counts}`, { indent: node.depth * 14 });
    }
  });
}
