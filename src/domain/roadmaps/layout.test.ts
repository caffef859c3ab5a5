import { describe, expect, it } from 'vitest';
import { fishSauceRoadmap } from './demo/fish-sauce-roadmap.js';
import { layoutRoadmap, type BarBox } from './layout.js';
import { newItem, newRoadmap } from './new-roadmap.js';
import type { PeriodPoint, Roadmap } from './types.js';

const overlap = (a: BarBox, b: BarBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlappingPairs(bars: BarBox[]): [string, string][] {
  const pairs: [string, string][] = [];
  bars.forEach((a, i) => bars.slice(i + 1).forEach((b) => overlap(a, b) && pairs.push([a.itemId, b.itemId])));
  return pairs;
}

/** A small deterministic generator, so the crowded roadmap is the same on every run. */
function crowded(count: number, seed: number): Roadmap {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
  const layers = ['market', 'product', 'technology', 'rd', 'resources'];
  const items = Array.from({ length: count }, (_, i) => {
    const startQuarter = next(20);
    const endQuarter = Math.min(19, startQuarter + next(8));
    const point = (q: number): PeriodPoint => ({ year: 2026 + Math.floor(q / 4), quarter: ((q % 4) + 1) as 1 | 2 | 3 | 4 });
    return newItem({
      id: `i${i}`,
      layerCode: layers[next(5)],
      title: { vi: `Mục ${i}`, en: '' },
      period: { start: point(startQuarter), end: point(endQuarter) },
    });
  });
  return newRoadmap({ id: 'r', title: { vi: 'Dày đặc', en: '' }, scope: { kind: 'national' }, ownerId: 'agency', startYear: 2026, horizonYears: 5, items });
}

describe('layoutRoadmap', () => {
  it('puts no two bars on top of each other, in a crowded roadmap', () => {
    const layout = layoutRoadmap(crowded(120, 7));
    expect(layout.bars).toHaveLength(120);
    expect(overlappingPairs(layout.bars)).toEqual([]);
  });

  it('uses no more rows in a lane than the most bars that share one moment', () => {
    const roadmap = crowded(60, 11);
    const layout = layoutRoadmap(roadmap);
    for (const lane of layout.lanes) {
      const bars = layout.bars.filter((b) => b.layerCode === lane.layerCode);
      const busiest = Math.max(1, ...bars.map((b) => bars.filter((o) => o.x <= b.x && b.x < o.x + o.width).length));
      expect(lane.rows).toBe(busiest);
    }
  });

  it('places each bar on its period and inside its lane', () => {
    const layout = layoutRoadmap(fishSauceRoadmap);
    const laneOf = new Map(layout.lanes.map((l) => [l.layerCode, l]));
    expect(layout.width).toBe(20);
    expect(layout.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    const enzyme = layout.bars.find((b) => b.itemId === 't-enzyme');
    expect(enzyme).toMatchObject({ x: 2, width: 8, layerCode: 'technology', clipped: false });
    for (const bar of layout.bars) {
      const lane = laneOf.get(bar.layerCode);
      expect(bar.y).toBeGreaterThanOrEqual(lane?.y ?? Infinity);
      expect(bar.y + bar.height).toBeLessThanOrEqual(lane ? lane.y + lane.height : -Infinity);
    }
    expect(layout.lanes.map((l) => l.layerCode)).toEqual(['market', 'product', 'technology', 'rd', 'resources']);
    const bottom = layout.lanes[layout.lanes.length - 1];
    expect(layout.height).toBe(bottom.y + bottom.height);
  });

  it('draws each link from the edge of its source bar to the edge of its target bar', () => {
    const layout = layoutRoadmap(fishSauceRoadmap);
    expect(layout.arrows).toHaveLength(fishSauceRoadmap.links.length);
    const barOf = new Map(layout.bars.map((b) => [b.itemId, b]));
    const linkOf = new Map(fishSauceRoadmap.links.map((l) => [l.id, l]));
    const onEdge = (p: { x: number; y: number }, b: BarBox) =>
      p.x >= b.x &&
      p.x <= b.x + b.width &&
      p.y >= b.y &&
      p.y <= b.y + b.height &&
      (p.x === b.x || p.x === b.x + b.width || p.y === b.y || p.y === b.y + b.height);
    for (const arrow of layout.arrows) {
      const link = linkOf.get(arrow.linkId);
      const [from, to] = [barOf.get(link?.from ?? ''), barOf.get(link?.to ?? '')];
      expect(from && onEdge(arrow.from, from)).toBe(true);
      expect(to && onEdge(arrow.to, to)).toBe(true);
    }
    // p-premium (2027–2029, product lane) needs t-enzyme (2026 H2–2028 H1, below it): straight down through the shared years.
    const premium = layout.arrows.find((a) => a.linkId === 'link-6');
    expect(premium?.from.x).toBe(premium?.to.x);
    expect(premium?.from.y).toBeLessThan(premium?.to.y ?? -Infinity);
  });

  it('gives the same layout for the same roadmap, and cuts bars to the horizon', () => {
    expect(layoutRoadmap(crowded(40, 3))).toEqual(layoutRoadmap(crowded(40, 3)));
    const late = {
      ...fishSauceRoadmap,
      items: [newItem({ id: 'x', layerCode: 'market', title: { vi: 'x', en: '' }, period: { start: { year: 2029 }, end: { year: 2032 } } })],
      links: [],
    };
    expect(layoutRoadmap(late).bars[0]).toMatchObject({ x: 12, width: 8, clipped: true });
  });
});
