import { describe, expect, it } from 'vitest';
import { fishSauceMap } from '../demo/fish-sauce-map.js';
import { aggregateGaps, mapTree, nodeGap } from './gaps.js';
import type { MapNode, MapNodeKind, TechnologyMap } from './types.js';

const node = (id: string, parentId: string | null, kind: MapNodeKind, levels: [number, number] | null): MapNode => ({
  id,
  parentId,
  kind,
  name: { vi: id, en: id },
  vietnamLevel: levels?.[0] ?? null,
  worldLevel: levels?.[1] ?? null,
  sources: [],
  matcher: { vsicCodes: [], fieldCodes: [], keywords: [] },
});

const map: TechnologyMap = {
  id: 'm',
  title: { vi: 'Máy nông nghiệp', en: 'Agricultural machinery' },
  vsicCode: '2821',
  scale: 'trl',
  nodes: [
    node('harvester', null, 'product', null),
    node('threshing', 'harvester', 'technology', [6, 9]),
    node('engine', 'harvester', 'technology', null),
    node('injection', 'engine', 'sub-technology', [3, 9]),
    node('cooling', 'engine', 'sub-technology', [5, 7]),
    node('unrated', 'harvester', 'technology', null),
  ],
};

describe('technology gaps', () => {
  it('measure how far Vietnam stands behind the best', () => {
    expect(nodeGap({ vietnamLevel: 4, worldLevel: 8 })).toBe(4);
    expect(nodeGap({ vietnamLevel: 4, worldLevel: null })).toBeNull();
  });

  it('aggregate up the tree: a node without a rating of its own reads as the mean of its children', () => {
    const gaps = aggregateGaps(map);
    expect(gaps.get('engine')).toEqual({ own: null, gap: 4, max: 6, rated: 2 });
    expect(gaps.get('harvester')).toEqual({ own: null, gap: 3.5, max: 6, rated: 3 });
    expect(gaps.get('unrated')).toEqual({ own: null, gap: null, max: null, rated: 0 });
  });

  it("keep a rated parent's own gap but report the widest gap below it", () => {
    const gaps = aggregateGaps(fishSauceMap);
    expect(gaps.get('ns-raw-material')).toEqual({ own: 4, gap: 4, max: 5, rated: 3 });
    expect(gaps.get('ns-value-added')).toEqual({ own: null, gap: 3.5, max: 4, rated: 2 });
  });
});

describe('mapTree', () => {
  it('nests the nodes in their order and leaves out orphans', () => {
    const withOrphan = { ...map, nodes: [...map.nodes, node('stray', 'nowhere', 'technology', null)] };
    const tree = mapTree(withOrphan);
    expect(tree.map((t) => t.node.id)).toEqual(['harvester']);
    expect(tree[0].children.map((t) => t.node.id)).toEqual(['threshing', 'engine', 'unrated']);
    expect(tree[0].children[1].children.map((t) => t.node.id)).toEqual(['injection', 'cooling']);
  });

  it('does not loop on a node that names itself as parent', () => {
    const looped = { ...map, nodes: [node('a', null, 'product', null), node('a', 'a', 'technology', null)] };
    expect(mapTree(looped)[0].children).toHaveLength(1);
  });
});
