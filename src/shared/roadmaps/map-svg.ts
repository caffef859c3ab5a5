import type { Language } from '../i18n/language.js';
import { fit, xml } from './chart-svg.js';
import { chartTexts } from './labels.js';

/** What the map drawing reads of each node (the API's map view). */
export type MapViewNode = {
  id: string;
  depth: number;
  name: { vi: string; en: string };
  vietnamLevel: number | null;
  worldLevel: number | null;
  counts: { offer: number; demand: number; expert: number; connection: number };
};

/** The map's geometry: one row per node, a 1–9 scale on which the gap line runs from Vietnam's level to the world's. */
export const MAP_PX = { row: 34, nameWidth: 360, scaleX: 380, step: 34, countsX: 700, width: 1000, top: 70 } as const;

/** Pixel x of a level on the scale. */
export const levelX = (level: number) => MAP_PX.scaleX + (level - 1) * MAP_PX.step;

/** The technology map as a standalone SVG (exports); the web draws the same geometry with React. */
export function mapSvg(title: string, nodes: readonly MapViewNode[], lang: Language): string {
  const height = MAP_PX.top + nodes.length * MAP_PX.row + 20;
  const t = chartTexts;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_PX.width}" height="${height}" viewBox="0 0 ${MAP_PX.width} ${height}" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="14">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="26" font-size="20" font-weight="bold">${xml(title)}</text>`,
    `<text x="${MAP_PX.scaleX}" y="52" font-weight="bold">${t.level[lang]}: ● ${t.vietnam[lang]}  ◆ ${t.world[lang]}</text>`,
  ];
  for (let level = 1; level <= 9; level++) out.push(`<text x="${levelX(level)}" y="${MAP_PX.top - 4}" text-anchor="middle" font-size="11">${level}</text>`);
  nodes.forEach((node, i) => {
    const y = MAP_PX.top + i * MAP_PX.row;
    const mid = y + MAP_PX.row / 2;
    if (i % 2 === 0) out.push(`<rect x="0" y="${y}" width="${MAP_PX.width}" height="${MAP_PX.row}" fill="#f8f9fa"/>`);
    const indent = 12 + node.depth * 18;
    out.push(
      `<text x="${indent}" y="${mid + 5}"${node.depth === 0 ? ' font-weight="bold"' : ''}>${xml(fit(node.name[lang] || node.name.vi, MAP_PX.nameWidth - indent))}</text>`,
    );
    out.push(`<line x1="${levelX(1)}" x2="${levelX(9)}" y1="${mid}" y2="${mid}" stroke="#dee2e6"/>`);
    if (node.vietnamLevel !== null && node.worldLevel !== null) {
      out.push(`<line x1="${levelX(node.vietnamLevel)}" x2="${levelX(node.worldLevel)}" y1="${mid}" y2="${mid}" stroke="#e8590c" stroke-width="4"/>`);
    }
    if (node.vietnamLevel !== null) out.push(`<circle cx="${levelX(node.vietnamLevel)}" cy="${mid}" r="6" fill="#c92a2a"/>`);
    if (node.worldLevel !== null)
      out.push(
        `<rect x="${levelX(node.worldLevel) - 6}" y="${mid - 6}" width="12" height="12" fill="#1864ab" transform="rotate(45 ${levelX(node.worldLevel)} ${mid})"/>`,
      );
    const c = node.counts;
    out.push(
      `<text x="${MAP_PX.countsX}" y="${mid + 5}" font-size="13">${c.offer} ${t.offers[lang]} · ${c.demand} ${t.demands[lang]} · ${c.expert} ${t.experts[lang]} · ${c.connection} ${t.connections[lang]}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
