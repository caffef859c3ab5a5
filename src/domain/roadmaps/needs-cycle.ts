import type { ItemLink } from './types.js';

export type NeedsCycle = {
  /** The link that closes the cycle, in the order the links were given. */
  linkId: string;
  /** The items around the cycle, the first repeated at the end: a → b → c → a. */
  ids: string[];
};

/**
 * A cycle of "needs" links, if there is one ("A needs B, B needs A" cannot be planned). Depth-first
 * over the links in their order, so the same roadmap always names the same cycle.
 */
export function findNeedsCycle(links: readonly ItemLink[]): NeedsCycle | null {
  const next = new Map<string, ItemLink[]>();
  for (const link of links) {
    if (link.kind !== 'needs') continue;
    const out = next.get(link.from);
    if (out) out.push(link);
    else next.set(link.from, [link]);
  }
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();

  const visit = (id: string): NeedsCycle | null => {
    path.push(id);
    onPath.add(id);
    for (const link of next.get(id) ?? []) {
      if (onPath.has(link.to)) return { linkId: link.id, ids: [...path.slice(path.indexOf(link.to)), link.to] };
      if (done.has(link.to)) continue;
      const found = visit(link.to);
      if (found) return found;
    }
    path.pop();
    onPath.delete(id);
    done.add(id);
    return null;
  };

  for (const id of next.keys()) {
    if (done.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return null;
}
