import { periodSpan, QUARTERS_PER_YEAR } from './period.js';
import type { Frozen } from './snapshot.js';
import type { LinkKind, Roadmap } from './types.js';

/**
 * The layered chart in abstract units: x counts quarters from the start of the horizon, y counts
 * rows from the top lane. The web scales both, adds the lane titles on the left, and draws SVG
 * (the same drawing serves PNG and PDF exports).
 */
export const CHART_UNITS = { rowHeight: 1, barHeight: 0.8, lanePadding: 0.3, minBarWidth: 0.5 } as const;

export type Point = { x: number; y: number };
export type LaneBox = { layerCode: string; y: number; height: number; rows: number };
/** `clipped` when the item's period runs outside the horizon and the bar was cut to it. */
export type BarBox = { itemId: string; layerCode: string; row: number; x: number; y: number; width: number; height: number; clipped: boolean };
export type ArrowPath = { linkId: string; kind: LinkKind; from: Point; to: Point };
export type ChartLayout = {
  width: number;
  height: number;
  years: { year: number; x: number; width: number }[];
  lanes: LaneBox[];
  bars: BarBox[];
  arrows: ArrowPath[];
};

type Span = { index: number; id: string; layerCode: string; start: number; end: number; clipped: boolean };

/** Rows for a lane's bars: earliest first, each into the first row free at its start (as few rows as the overlaps need). */
function assignRows(spans: Span[]): Map<number, number> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const rowEnds: number[] = [];
  const rows = new Map<number, number>();
  for (const span of sorted) {
    let row = rowEnds.findIndex((end) => end <= span.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = span.end;
    rows.set(span.index, row);
  }
  return rows;
}

/** Where an arrow leaves and enters: vertically through bars that share time, else from one bar's side to the other's. */
function arrowEnds(from: BarBox, to: BarBox): { from: Point; to: Point } {
  const left = Math.max(from.x, to.x);
  const right = Math.min(from.x + from.width, to.x + to.width);
  if (right > left && from.y !== to.y) {
    const x = (left + right) / 2;
    const down = from.y < to.y;
    return { from: { x, y: down ? from.y + from.height : from.y }, to: { x, y: down ? to.y : to.y + to.height } };
  }
  const forward = from.x + from.width <= to.x;
  return {
    from: { x: forward ? from.x + from.width : from.x, y: from.y + from.height / 2 },
    to: { x: forward ? to.x : to.x + to.width, y: to.y + to.height / 2 },
  };
}

/** Bars, lanes and arrows of the chart; the same roadmap always gives the same layout. Items of an unknown layer are left out. */
export function layoutRoadmap(roadmap: Frozen<Roadmap>): ChartLayout {
  const { rowHeight, barHeight, lanePadding, minBarWidth } = CHART_UNITS;
  const width = roadmap.horizonYears * QUARTERS_PER_YEAR;
  const spans: Span[] = roadmap.items.map((item, index) => {
    const raw = periodSpan(item.period, roadmap.startYear);
    const start = Math.min(Math.max(raw.start, 0), width - minBarWidth);
    const end = Math.max(Math.min(raw.end, width), start + minBarWidth);
    return { index, id: item.id, layerCode: item.layerCode, start, end, clipped: start !== raw.start || end !== raw.end };
  });

  const lanes: LaneBox[] = [];
  const bars: BarBox[] = [];
  let y = 0;
  for (const layer of roadmap.layers) {
    const inLane = spans.filter((span) => span.layerCode === layer.code);
    const rowOf = assignRows(inLane);
    const rows = Math.max(1, ...[...rowOf.values()].map((row) => row + 1));
    for (const span of inLane) {
      const row = rowOf.get(span.index) ?? 0;
      const top = y + lanePadding + row * rowHeight + (rowHeight - barHeight) / 2;
      bars.push({ itemId: span.id, layerCode: layer.code, row, x: span.start, y: top, width: span.end - span.start, height: barHeight, clipped: span.clipped });
    }
    const height = rows * rowHeight + 2 * lanePadding;
    lanes.push({ layerCode: layer.code, y, height, rows });
    y += height;
  }

  const barOf = new Map(bars.map((bar) => [bar.itemId, bar]));
  const arrows: ArrowPath[] = [];
  for (const link of roadmap.links) {
    const from = barOf.get(link.from);
    const to = barOf.get(link.to);
    if (from && to && from !== to) arrows.push({ linkId: link.id, kind: link.kind, ...arrowEnds(from, to) });
  }
  const years = Array.from({ length: roadmap.horizonYears }, (_, i) => ({ year: roadmap.startYear + i, x: i * QUARTERS_PER_YEAR, width: QUARTERS_PER_YEAR }));
  return { width, height: y, years, lanes, bars, arrows };
}
