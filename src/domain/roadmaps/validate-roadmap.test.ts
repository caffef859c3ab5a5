import { describe, expect, it } from 'vitest';
import { fishSauceMap } from './demo/fish-sauce-map.js';
import { fishSauceRoadmap } from './demo/fish-sauce-roadmap.js';
import { newItem, newRoadmap } from './new-roadmap.js';
import type { ItemLink, LinkKind, Period, Roadmap } from './types.js';
import { validateRoadmap } from './validate-roadmap.js';

const years = (from: number, to: number): Period => ({ start: { year: from }, end: { year: to } });
const item = (id: string, layerCode: string, period = years(2026, 2027)) => newItem({ id, layerCode, title: { vi: id, en: '' }, period });
const link = (id: string, from: string, kind: LinkKind, to: string): ItemLink => ({ id, kind, from, to });

function roadmap(overrides: Partial<Roadmap> = {}): Roadmap {
  return newRoadmap({
    id: 'r1',
    title: { vi: 'Lộ trình thử', en: 'Test roadmap' },
    scope: { kind: 'enterprise', organisationId: 'org-1' },
    ownerId: 'org-1',
    startYear: 2026,
    horizonYears: 5,
    items: [item('market-a', 'market'), item('product-a', 'product'), item('tech-a', 'technology'), item('tech-b', 'technology'), item('rd-a', 'rd')],
    ...overrides,
  });
}

describe('validateRoadmap', () => {
  it('accepts the demo roadmap against its technology map', () => {
    expect(validateRoadmap(fishSauceRoadmap, { mapNodeIds: new Set(fishSauceMap.nodes.map((n) => n.id)) })).toEqual([]);
  });

  it('refuses an item outside the horizon, naming the end of the period', () => {
    const r = roadmap({ items: [item('late', 'technology', years(2029, 2031)), item('early', 'market', years(2025, 2026))] });
    expect(validateRoadmap(r)).toEqual([
      { field: 'items[0].period.end', code: 'outside_horizon' },
      { field: 'items[1].period.start', code: 'outside_horizon' },
    ]);
  });

  it('refuses a period that ends before it starts, at quarter precision', () => {
    const backwards: Period = { start: { year: 2027, quarter: 3 }, end: { year: 2027, half: 1 } };
    const oneQuarter: Period = { start: { year: 2027, quarter: 2 }, end: { year: 2027, half: 1 } };
    const r = roadmap({ items: [item('a', 'technology', backwards), item('b', 'technology', oneQuarter)] });
    expect(validateRoadmap(r)).toEqual([{ field: 'items[0].period.end', code: 'end_before_start' }]);
  });

  it('refuses duplicate ids of items and links', () => {
    const r = roadmap({
      items: [item('x', 'product'), item('y', 'technology'), item('x', 'technology')],
      links: [link('l1', 'x', 'needs', 'y'), link('l1', 'y', 'delivered-by', 'x')],
    });
    const issues = validateRoadmap(r);
    expect(issues).toContainEqual({ field: 'items[2].id', code: 'duplicate_id', ids: ['x'] });
    expect(issues).toContainEqual({ field: 'links[1].id', code: 'duplicate_id', ids: ['l1'] });
  });

  it('refuses a link to an unknown item', () => {
    const r = roadmap({ links: [link('l1', 'product-a', 'needs', 'ghost')] });
    expect(validateRoadmap(r)).toEqual([{ field: 'links[0].to', code: 'unknown_item', ids: ['ghost'] }]);
  });

  it('refuses a link inside one layer unless its kind allows it', () => {
    const r = roadmap({ links: [link('l1', 'tech-a', 'enables', 'tech-b'), link('l2', 'tech-a', 'needs', 'tech-b')] });
    expect(validateRoadmap(r)).toEqual([{ field: 'links[0].kind', code: 'same_layer_link', ids: ['tech-a', 'tech-b'] }]);
  });

  it("refuses a link against its kind's direction, or between lanes that do not take its kind", () => {
    const r = roadmap({
      items: [item('m', 'market'), item('s', 'resources'), item('r', 'rd')],
      links: [link('l1', 's', 'needs', 'm'), link('l2', 'm', 'delivered-by', 'r'), link('l3', 's', 'supports', 'm'), link('l4', 'r', 'enables', 'm')],
    });
    expect(validateRoadmap(r)).toEqual([
      { field: 'links[0].kind', code: 'link_direction_not_allowed', ids: ['s', 'm'] },
      { field: 'links[1].kind', code: 'link_start_not_allowed', ids: ['m', 'r'] },
      { field: 'links[2].kind', code: 'link_end_not_allowed', ids: ['s', 'm'] },
    ]);
  });

  it('names the cycle of "needs" and the link that closes it', () => {
    const r = roadmap({
      links: [link('l1', 'product-a', 'needs', 'tech-a'), link('l2', 'tech-a', 'needs', 'tech-b'), link('l3', 'tech-b', 'needs', 'tech-a')],
    });
    expect(validateRoadmap(r)).toEqual([{ field: 'links[2].to', code: 'needs_cycle', ids: ['tech-a', 'tech-b', 'tech-a'] }]);
  });

  it('does not count links of other kinds towards a cycle', () => {
    const r = roadmap({ links: [link('l1', 'tech-a', 'delivered-by', 'rd-a'), link('l2', 'rd-a', 'enables', 'tech-a')] });
    expect(validateRoadmap(r)).toEqual([]);
  });

  it('refuses the same link said twice, and an item naming a node the map does not have', () => {
    const r = roadmap({
      items: [item('p', 'product'), { ...item('t', 'technology'), mapNodeId: 'nowhere' }],
      links: [link('l1', 'p', 'needs', 't'), link('l2', 'p', 'needs', 't')],
    });
    expect(validateRoadmap(r, { mapNodeIds: new Set(['ns-enzyme']) })).toEqual([
      { field: 'items[1].mapNodeId', code: 'unknown_map_node', ids: ['nowhere'] },
      { field: 'links[1]', code: 'duplicate_link' },
    ]);
  });

  it('checks the header: horizon, sector code, layers', () => {
    const r = roadmap({ horizonYears: 0, scope: { kind: 'sector', vsicCode: '9X' }, layers: [], items: [] });
    expect(validateRoadmap(r)).toEqual([
      { field: 'scope.vsicCode', code: 'not_allowed_value', expected: 'VSIC 2018 code' },
      { field: 'horizonYears', code: 'out_of_range', expected: '1–50' },
      { field: 'layers', code: 'required' },
    ]);
  });
});
