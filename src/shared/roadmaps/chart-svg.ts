import type { Frozen } from '../../domain/roadmaps/snapshot.js';
import type { Roadmap } from '../../domain/roadmaps/types.js';
import type { Language } from '../i18n/language.js';
import { chartGeometry, CHART_PX } from './chart-geometry.js';
import { chartTexts, itemStatusLabels, statusColours } from './labels.js';

/** Text made safe for SVG/XML. */
export const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cuts a label to what fits in `width` px at ~7.5 px a character. */
export const fit = (text: string, width: number) => {
  const max = Math.max(3, Math.floor(width / 7.5));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
};

const pick = (text: { vi: string; en: string }, lang: Language) => text[lang] || text[lang === 'vi' ? 'en' : 'vi'];

/**
 * The layered chart as a standalone SVG document (the server's SVG export, rasterised for PNG and
 * PDF). The web draws the same geometry with React, adding drag and keyboard handles.
 */
export function roadmapSvg(roadmap: Frozen<Roadmap>, title: string, lang: Language): string {
  const g = chartGeometry(roadmap);
  const items = new Map(roadmap.items.map((item) => [item.id, item]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${g.height + 40}" viewBox="0 0 ${g.width} ${g.height + 40}" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="14">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#343a40"/></marker></defs>`,
    `<text x="${CHART_PX.padding}" y="26" font-size="20" font-weight="bold">${xml(title)}</text>`,
  ];
  for (const year of g.years) {
    out.push(
      `<rect x="${year.x}" y="${CHART_PX.title}" width="${year.width}" height="${g.height - CHART_PX.title - CHART_PX.padding}" fill="${year.year % 2 ? '#f8f9fa' : '#ffffff'}" stroke="#dee2e6"/>`,
    );
    out.push(`<text x="${year.x + year.width / 2}" y="${CHART_PX.title + 22}" text-anchor="middle" font-weight="bold">${year.year}</text>`);
  }
  roadmap.layers.forEach((layer) => {
    const lane = g.lanes.find((l) => l.layerCode === layer.code);
    if (!lane) return;
    out.push(`<line x1="0" x2="${g.width}" y1="${lane.y}" y2="${lane.y}" stroke="#868e96"/>`);
    out.push(`<text x="${CHART_PX.padding}" y="${lane.y + 24}" font-weight="bold">${xml(fit(pick(layer.name, lang), CHART_PX.labelWidth - 16))}</text>`);
  });
  for (const arrow of g.arrows) {
    out.push(
      `<line x1="${arrow.from.x}" y1="${arrow.from.y}" x2="${arrow.to.x}" y2="${arrow.to.y}" stroke="#343a40" stroke-width="1.5" marker-end="url(#arrow)"${arrow.kind === 'needs' ? '' : ' stroke-dasharray="5 3"'}/>`,
    );
  }
  for (const bar of g.bars) {
    const item = items.get(bar.itemId);
    if (!item) continue;
    out.push(
      `<rect x="${bar.x + 1}" y="${bar.y}" width="${bar.width - 2}" height="${bar.height}" rx="6" fill="${statusColours[item.status]}" stroke="#495057"/>`,
    );
    out.push(`<text x="${bar.x + 8}" y="${bar.y + bar.height / 2 + 5}">${xml(fit(pick(item.title, lang), bar.width - 14))}</text>`);
  }
  const legendY = g.height + 20;
  let lx = CHART_PX.padding;
  out.push(`<text x="${lx}" y="${legendY + 5}" font-weight="bold">${chartTexts.legend[lang]}:</text>`);
  lx += 90;
  for (const [status, label] of Object.entries(itemStatusLabels) as [keyof typeof itemStatusLabels, Record<Language, string>][]) {
    out.push(`<rect x="${lx}" y="${legendY - 8}" width="18" height="18" rx="4" fill="${statusColours[status]}" stroke="#495057"/>`);
    out.push(`<text x="${lx + 24}" y="${legendY + 6}">${xml(label[lang])}</text>`);
    lx += 40 + label[lang].length * 8;
  }
  out.push('</svg>');
  return out.join('\n');
}
