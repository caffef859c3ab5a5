import { describe, expect, it } from 'vitest';
import { defaultLayers } from './layers.js';
import { newItem, newRoadmap } from './new-roadmap.js';
import { addItem, addLink, moveItem, removeItem, removeLink, replaceItem, replaceLayers } from './operations.js';
import type { Outcome } from './issues.js';
import { linkKinds as linkKindsAll, type ItemLink, type LinkKind, type Period } from './types.js';
import { validateRoadmap } from './validate-roadmap.js';

const years = (from: number, to: number): Period => ({ start: { year: from }, end: { year: to } });
const item = (id: string, layerCode: string, period = years(2026, 2027)) => newItem({ id, layerCode, title: { vi: id, en: '' }, period });
const link = (id: string, from: string, kind: LinkKind, to: string): ItemLink => ({ id, kind, from, to });

const base = newRoadmap({
  id: 'r1',
  title: { vi: 'Lộ trình', en: '' },
  scope: { kind: 'national' },
  ownerId: 'agency',
  startYear: 2026,
  horizonYears: 5,
  items: [item('market', 'market'), item('product', 'product'), item('tech-a', 'technology'), item('tech-b', 'technology'), item('project', 'rd')],
  links: [link('l1', 'market', 'needs', 'product'), link('l2', 'product', 'needs', 'tech-a'), link('l3', 'tech-a', 'delivered-by', 'project')],
});

function value<T>(result: Outcome<T>): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('adding items', () => {
  it('adds an item and leaves the original roadmap as it was', () => {
    const next = value(addItem(base, item('tech-c', 'technology', years(2028, 2030))));
    expect(next.items.map((i) => i.id)).toContain('tech-c');
    expect(base.items).toHaveLength(5);
  });

  it('refuses an item outside the horizon, an unknown lane and a taken id, with fields of the item', () => {
    expect(addItem(base, item('late', 'technology', years(2030, 2031)))).toEqual({ ok: false, issues: [{ field: 'period.end', code: 'outside_horizon' }] });
    expect(addItem(base, item('odd', 'finance'))).toEqual({ ok: false, issues: [{ field: 'layerCode', code: 'unknown_layer' }] });
    expect(addItem(base, item('tech-a', 'technology'))).toEqual({ ok: false, issues: [{ field: 'id', code: 'duplicate_id', ids: ['tech-a'] }] });
  });
});

describe('moving an item (drag and drop)', () => {
  it('moves an item to another year', () => {
    const next = value(moveItem(base, 'tech-b', { period: years(2029, 2030) }));
    expect(next.items.find((i) => i.id === 'tech-b')?.period).toEqual(years(2029, 2030));
  });

  it('refuses a move past the horizon', () => {
    expect(moveItem(base, 'tech-b', { period: years(2030, 2032) })).toEqual({ ok: false, issues: [{ field: 'period.end', code: 'outside_horizon' }] });
  });

  it('refuses a move to another lane that would leave a link not allowed there', () => {
    // tech-a "is delivered by" project: moving tech-a into R&D puts both ends in one lane.
    expect(moveItem(base, 'tech-a', { period: years(2026, 2027), layerCode: 'rd' })).toEqual({
      ok: false,
      issues: [{ field: 'layerCode', code: 'same_layer_link', ids: ['l3'] }],
    });
    // Up into the market lane, "product needs tech-a" would point upwards, and market items are not delivered by projects.
    expect(moveItem(base, 'tech-a', { period: years(2026, 2027), layerCode: 'market' })).toEqual({
      ok: false,
      issues: [
        { field: 'layerCode', code: 'link_direction_not_allowed', ids: ['l2'] },
        { field: 'layerCode', code: 'link_start_not_allowed', ids: ['l3'] },
      ],
    });
  });

  it('moves an unlinked item to another lane', () => {
    const next = value(moveItem(base, 'tech-b', { period: years(2026, 2027), layerCode: 'rd' }));
    expect(next.items.find((i) => i.id === 'tech-b')?.layerCode).toBe('rd');
  });

  it('edits an item in place and refuses an unknown one', () => {
    const renamed = value(replaceItem(base, { ...item('tech-b', 'technology'), title: { vi: 'Lọc màng', en: 'Membrane filtration' } }));
    expect(renamed.items.find((i) => i.id === 'tech-b')?.title.en).toBe('Membrane filtration');
    expect(moveItem(base, 'ghost', { period: years(2026, 2026) })).toEqual({ ok: false, issues: [{ field: 'id', code: 'unknown_item', ids: ['ghost'] }] });
  });
});

describe('links', () => {
  it('adds a link between layers that allow its kind', () => {
    const next = value(addLink(base, link('l4', 'product', 'needs', 'tech-b')));
    expect(next.links).toHaveLength(4);
    expect(validateRoadmap(next)).toEqual([]);
  });

  it('refuses a link inside one layer unless its kind allows it', () => {
    expect(addLink(base, link('l4', 'tech-a', 'enables', 'tech-b'))).toEqual({
      ok: false,
      issues: [{ field: 'kind', code: 'same_layer_link', ids: ['tech-a', 'tech-b'] }],
    });
    expect(addLink(base, link('l4', 'tech-b', 'needs', 'tech-a')).ok).toBe(true);
  });

  it('refuses a "needs" link that closes a cycle, naming it, and one that points up a lane', () => {
    const withTb = value(addLink(base, link('l4', 'tech-a', 'needs', 'tech-b')));
    expect(addLink(withTb, link('l5', 'tech-b', 'needs', 'product'))).toEqual({
      ok: false,
      issues: [{ field: 'kind', code: 'link_direction_not_allowed', ids: ['tech-b', 'product'] }],
    });
    expect(addLink(withTb, link('l5', 'tech-b', 'needs', 'tech-a'))).toEqual({
      ok: false,
      issues: [{ field: 'to', code: 'needs_cycle', ids: ['tech-a', 'tech-b', 'tech-a'] }],
    });
  });

  it('refuses a link to an unknown item, to itself, or said twice', () => {
    expect(addLink(base, link('l4', 'product', 'needs', 'ghost'))).toEqual({ ok: false, issues: [{ field: 'to', code: 'unknown_item', ids: ['ghost'] }] });
    expect(addLink(base, link('l4', 'tech-a', 'needs', 'tech-a'))).toEqual({ ok: false, issues: [{ field: 'to', code: 'self_link', ids: ['tech-a'] }] });
    expect(addLink(base, link('l4', 'product', 'needs', 'tech-a'))).toEqual({ ok: false, issues: [{ field: 'to', code: 'duplicate_link' }] });
  });

  it('removes a link', () => {
    expect(value(removeLink(base, 'l2')).links.map((l) => l.id)).toEqual(['l1', 'l3']);
    expect(removeLink(base, 'l9')).toEqual({ ok: false, issues: [{ field: 'id', code: 'unknown_link', ids: ['l9'] }] });
  });
});

describe('deleting an item', () => {
  it('takes its links with it and says which', () => {
    const { roadmap, removedLinks } = value(removeItem(base, 'tech-a'));
    expect(roadmap.items.map((i) => i.id)).not.toContain('tech-a');
    expect(roadmap.links.map((l) => l.id)).toEqual(['l1']);
    expect(removedLinks.map((l) => l.id)).toEqual(['l2', 'l3']);
    expect(validateRoadmap(roadmap)).toEqual([]);
  });
});

describe('editing the layers', () => {
  const [market, product, technology, rd, resources] = defaultLayers();

  it('renames and reorders lanes', () => {
    const renamed = { ...rd, name: { vi: 'Dự án', en: 'Projects' } };
    const next = value(replaceLayers(base, [market, product, technology, resources, renamed]));
    expect(next.layers.map((l) => l.code)).toEqual(['market', 'product', 'technology', 'resources', 'rd']);
  });

  it('refuses to remove a lane that holds items, or to forbid a link already drawn', () => {
    expect(replaceLayers(base, [market, product, technology, resources])).toEqual({
      ok: false,
      issues: [{ field: 'layers', code: 'layer_in_use', ids: ['rd'] }],
    });
    const noDelivery = { ...rd, linkEnds: rd.linkEnds.filter((k) => k !== 'delivered-by') };
    expect(replaceLayers(base, [market, product, technology, noDelivery, resources])).toEqual({
      ok: false,
      issues: [{ field: 'layers', code: 'link_end_not_allowed', ids: ['l3'] }],
    });
  });

  it('adds a custom lane whose items may take part in the links it states', () => {
    const policy = { code: 'policy', name: { vi: 'Chính sách', en: 'Policy' }, linkStarts: ['supports' as const], linkEnds: [] };
    const withLane = value(replaceLayers(base, [...base.layers, policy]));
    const withItem = value(addItem(withLane, item('decree', 'policy')));
    expect(addLink(withItem, link('l4', 'decree', 'supports', 'tech-a')).ok).toBe(true);
    expect(addLink(withItem, link('l4', 'decree', 'enables', 'tech-a'))).toEqual({
      ok: false,
      issues: [{ field: 'kind', code: 'link_start_not_allowed', ids: ['decree', 'tech-a'] }],
    });
  });
});

describe('links with a custom layer', () => {
  const withPilots = () => {
    const pilots = { code: 'pilots', name: { vi: 'Thí điểm', en: 'Pilots' }, linkStarts: [...linkKindsAll], linkEnds: [...linkKindsAll] };
    const laned = value(replaceLayers(base, [...base.layers, pilots]));
    return value(addItem(laned, item('pilot', 'pilots')));
  };

  it('links a custom lane\'s item to the default lanes by "relates to" and "needs", in either direction', () => {
    const roadmap = withPilots();
    const linked = value(addLink(value(addLink(roadmap, link('l4', 'pilot', 'relates-to', 'market'))), link('l5', 'pilot', 'needs', 'tech-b')));
    expect(linked.links.map((l) => l.kind)).toEqual(['needs', 'needs', 'delivered-by', 'relates-to', 'needs']);
    expect(validateRoadmap(linked)).toEqual([]);
  });

  it('still refuses a cycle of "needs" through the custom lane, and "relates to" inside one lane', () => {
    const roadmap = value(addLink(withPilots(), link('l4', 'tech-a', 'needs', 'pilot')));
    expect(addLink(roadmap, link('l5', 'pilot', 'needs', 'product'))).toEqual({
      ok: false,
      issues: [{ field: 'to', code: 'needs_cycle', ids: ['product', 'tech-a', 'pilot', 'product'] }],
    });
    expect(addLink(roadmap, link('l5', 'tech-a', 'relates-to', 'tech-b'))).toEqual({
      ok: false,
      issues: [{ field: 'kind', code: 'same_layer_link', ids: ['tech-a', 'tech-b'] }],
    });
  });
});
