import sharp from 'sharp';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import type { Language } from '../../../shared/i18n/language.js';
import { roadmapSvg } from '../../../shared/roadmaps/chart-svg.js';
import { mapSvg, type MapViewNode } from '../../../shared/roadmaps/map-svg.js';
import { jpegPdf } from './pdf-page.js';

type MapView = { title: { vi: string; en: string }; nodes: MapViewNode[] };

const isMap = (value: Roadmap | MapView): value is MapView => !('layers' in value);

/**
 * The chart (or a technology map) as SVG — the shared renderer's text — or rasterised by sharp at
 * twice the size (sharp renders SVG with librsvg) into PNG, or into a one-page A4 PDF.
 */
export async function exportChart(subject: Roadmap | MapView, title: string, format: 'svg' | 'png' | 'pdf', lang: Language) {
  const svg = isMap(subject) ? mapSvg(title, subject.nodes, lang) : roadmapSvg(subject, title, lang);
  if (format === 'svg') return { contentType: 'image/svg+xml; charset=utf-8', body: Buffer.from(svg) };
  const image = sharp(Buffer.from(svg), { density: 144 }).flatten({ background: '#ffffff' });
  if (format === 'png') return { contentType: 'image/png', body: await image.png().toBuffer() };
  const { data, info } = await image.jpeg({ quality: 90 }).toBuffer({ resolveWithObject: true });
  return { contentType: 'application/pdf', body: jpegPdf(data, { width: info.width, height: info.height }, title) };
}
