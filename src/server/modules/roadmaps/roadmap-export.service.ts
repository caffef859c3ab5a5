import sharp from 'sharp';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import type { Language } from '../../../shared/i18n/language.js';
import { roadmapSvg } from '../../../shared/roadmaps/chart-svg.js';
import { mapSvg, type MapViewNode } from '../../../shared/roadmaps/map-svg.js';
import { mapPdf, roadmapPdf } from './roadmap-pdf.js';

type MapView = { title: { vi: string; en: string }; nodes: MapViewNode[] };

const isMap = (value: Roadmap | MapView): value is MapView => !('layers' in value);

const drawing = (subject: Roadmap | MapView, title: string, lang: Language) =>
  isMap(subject) ? mapSvg(title, subject.nodes, lang) : roadmapSvg(subject, title, lang);

/** The SVG rasterised by sharp (librsvg) at twice the size, on white. */
async function raster(svg: string) {
  const { data, info } = await sharp(Buffer.from(svg), { density: 144 }).flatten({ background: '#ffffff' }).png().toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}

/**
 * The chart (or a technology map) as SVG — the shared renderer's text — or as PNG, or as an A4
 * PDF through the shared pdfkit path: the title as text over the drawing, then its content as text.
 */
export async function exportChart(subject: Roadmap | MapView, title: string, format: 'svg' | 'png' | 'pdf', lang: Language) {
  if (format === 'svg') return { contentType: 'image/svg+xml; charset=utf-8', body: Buffer.from(drawing(subject, title, lang)) };
  if (format === 'png') return { contentType: 'image/png', body: (await raster(drawing(subject, title, lang))).png };
  // In the PDF the title is text above the drawing, so the drawing leaves it out.
  const chart = await raster(drawing(subject, '', lang));
  const body = isMap(subject) ? await mapPdf(title, subject.nodes, chart, lang) : await roadmapPdf(subject, title, chart, lang);
  return { contentType: 'application/pdf', body };
}
