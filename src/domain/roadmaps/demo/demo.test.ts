import { describe, expect, it } from 'vitest';
import { validateTechnologyMap } from '../technology-map/validate-map.js';
import { validateRoadmap } from '../validate-roadmap.js';
import { fishSauceMap } from './fish-sauce-map.js';
import { fishSauceRoadmap } from './fish-sauce-roadmap.js';

describe('demo fish-sauce map and roadmap', () => {
  it('is a realistic tree: products, technologies and sub-technologies, names in both languages', () => {
    expect(validateTechnologyMap(fishSauceMap)).toEqual([]);
    expect(fishSauceMap.nodes.length).toBeGreaterThanOrEqual(15);
    expect(new Set(fishSauceMap.nodes.map((n) => n.kind))).toEqual(new Set(['product', 'technology', 'sub-technology']));
    for (const node of fishSauceMap.nodes) expect(node.name.vi && node.name.en).toBeTruthy();
    expect(fishSauceMap.nodes.some((n) => /[ăâđêôơư]/.test(n.name.vi))).toBe(true);
  });

  it('marks every level it gives as demonstration data, for both Vietnam and the world', () => {
    const rated = fishSauceMap.nodes.filter((n) => n.vietnamLevel !== null);
    expect(rated.length).toBeGreaterThanOrEqual(15);
    for (const node of rated) {
      expect(node.sources.map((s) => s.about).sort()).toEqual(['vietnam', 'world']);
      expect(node.sources.every((s) => s.demo)).toBe(true);
    }
  });

  it('has a roadmap on the map with at least 12 items over the five lanes and 8 links, valid', () => {
    expect(validateRoadmap(fishSauceRoadmap, { mapNodeIds: new Set(fishSauceMap.nodes.map((n) => n.id)) })).toEqual([]);
    expect(fishSauceRoadmap.items.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fishSauceRoadmap.items.map((i) => i.layerCode))).toEqual(new Set(['market', 'product', 'technology', 'rd', 'resources']));
    expect(fishSauceRoadmap.links.length).toBeGreaterThanOrEqual(8);
    expect(fishSauceRoadmap.technologyMapId).toBe(fishSauceMap.id);
  });
});
