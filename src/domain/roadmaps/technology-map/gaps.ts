import type { MapNode, TechnologyMap } from './types.js';

/** How far Vietnam stands behind the world's best on this node (positive = behind), or null when not rated on both. */
export function nodeGap(node: Pick<MapNode, 'vietnamLevel' | 'worldLevel'>): number | null {
  return node.vietnamLevel === null || node.worldLevel === null ? null : node.worldLevel - node.vietnamLevel;
}

/**
 * A node's gap with its subtree's: `gap` is its own when rated, else the mean of its children's
 * `gap`s (so a product reads as the average of its technologies); `max` is the widest gap rated
 * anywhere in the subtree; `rated` counts the rated nodes in it.
 */
export type GapSummary = { own: number | null; gap: number | null; max: number | null; rated: number };

export type MapTreeNode = { node: MapNode; children: MapTreeNode[] };

/** The map's nodes as a tree, in their order; nodes whose parent is missing are left out. */
export function mapTree(map: TechnologyMap): MapTreeNode[] {
  const childrenOf = new Map<string | null, MapNode[]>();
  for (const node of map.nodes) {
    const siblings = childrenOf.get(node.parentId);
    if (siblings) siblings.push(node);
    else childrenOf.set(node.parentId, [node]);
  }
  // Each node is placed once, so duplicate ids in unchecked input cannot loop.
  const placed = new Set<MapNode>();
  const build = (node: MapNode): MapTreeNode => {
    placed.add(node);
    return { node, children: (childrenOf.get(node.id) ?? []).filter((child) => !placed.has(child)).map(build) };
  };
  return (childrenOf.get(null) ?? []).map(build);
}

/** Every node's gap summary, aggregated from the leaves up. */
export function aggregateGaps(map: TechnologyMap): Map<string, GapSummary> {
  const summaries = new Map<string, GapSummary>();
  const visit = ({ node, children }: MapTreeNode): GapSummary => {
    const below = children.map(visit);
    const own = nodeGap(node);
    const childGaps = below.map((s) => s.gap).filter((g) => g !== null);
    const maxima = [own, ...below.map((s) => s.max)].filter((g) => g !== null);
    const summary: GapSummary = {
      own,
      gap: own ?? (childGaps.length ? childGaps.reduce((sum, g) => sum + g, 0) / childGaps.length : null),
      max: maxima.length ? Math.max(...maxima) : null,
      rated: (own === null ? 0 : 1) + below.reduce((sum, s) => sum + s.rated, 0),
    };
    summaries.set(node.id, summary);
    return summary;
  };
  mapTree(map).forEach(visit);
  return summaries;
}
