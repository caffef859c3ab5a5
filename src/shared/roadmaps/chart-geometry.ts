import { layoutRoadmap } from '../../domain/roadmaps/layout.js';
import type { Frozen } from '../../domain/roadmaps/snapshot.js';
import type { Roadmap } from '../../domain/roadmaps/types.js';

/**
 * The domain layout (quarters × rows) scaled to pixels: the web's interactive chart and the
 * server's SVG/PNG/PDF exports both draw from this, so they show the same picture. Sizes are
 * chosen for a projector: 14 px text at 1:1, bars 34 px high, a year 200 px wide.
 */
export const CHART_PX = { quarter: 50, row: 42, labelWidth: 190, axisHeight: 34, padding: 12, title: 40 } as const;

export function chartGeometry(roadmap: Frozen<Roadmap>) {
  const layout = layoutRoadmap(roadmap);
  const { quarter, row, labelWidth, axisHeight, padding, title } = CHART_PX;
  const top = title + axisHeight;
  const x = (units: number) => labelWidth + units * quarter;
  const y = (units: number) => top + units * row;
  return {
    width: labelWidth + layout.width * quarter + padding,
    height: top + layout.height * row + padding,
    top,
    x,
    y,
    /** Quarters from the horizon's start for a pixel offset along the time axis (dragging). */
    quartersOf: (px: number) => px / quarter,
    years: layout.years.map((year) => ({ year: year.year, x: x(year.x), width: year.width * quarter })),
    lanes: layout.lanes.map((lane) => ({ ...lane, y: y(lane.y), height: lane.height * row })),
    bars: layout.bars.map((bar) => ({ ...bar, x: x(bar.x), y: y(bar.y), width: bar.width * quarter, height: bar.height * row })),
    arrows: layout.arrows.map((arrow) => ({ ...arrow, from: { x: x(arrow.from.x), y: y(arrow.from.y) }, to: { x: x(arrow.to.x), y: y(arrow.to.y) } })),
  };
}
