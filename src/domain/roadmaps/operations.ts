import { issue, outcome, type Outcome, type RoadmapIssue } from './issues.js';
import { itemIssues, layerListIssues, linkContext, linkIssues, linkKey } from './item-rules.js';
import { findNeedsCycle } from './needs-cycle.js';
import type { ItemLink, Layer, Period, Roadmap, RoadmapItem } from './types.js';

/*
 * One edit at a time, as the chart makes them. Each returns the new roadmap or the issues that
 * refuse it, with fields relative to what was submitted (`period.end`, `to`), and never changes
 * the roadmap it is given.
 */

const idIssues = (id: string, taken: boolean): RoadmapIssue[] =>
  id.trim() === '' ? [issue('id', 'blank')] : taken ? [issue('id', 'duplicate_id', { ids: [id] })] : [];

/** A new item: a fresh id, a known layer, a period inside the horizon that ends after it starts. */
export function addItem(roadmap: Roadmap, item: RoadmapItem): Outcome<Roadmap> {
  const issues = [
    ...idIssues(
      item.id,
      roadmap.items.some((other) => other.id === item.id),
    ),
    ...itemIssues(item, roadmap),
  ];
  return outcome({ ...roadmap, items: [...roadmap.items, item] }, issues);
}

/**
 * An item edited in place (same id). When its layer changes, every link that touches it must
 * still be allowed; a refused link is reported on `layerCode` with the link's id.
 */
export function replaceItem(roadmap: Roadmap, item: RoadmapItem): Outcome<Roadmap> {
  const index = roadmap.items.findIndex((other) => other.id === item.id);
  if (index < 0) return { ok: false, issues: [issue('id', 'unknown_item', { ids: [item.id] })] };
  const items = roadmap.items.with(index, item);
  const issues = itemIssues(item, roadmap);
  if (item.layerCode !== roadmap.items[index].layerCode && issues.length === 0) {
    const context = linkContext({ items, layers: roadmap.layers });
    for (const link of roadmap.links) {
      if (link.from !== item.id && link.to !== item.id) continue;
      for (const found of linkIssues(link, context)) issues.push(issue('layerCode', found.code, { ids: [link.id] }));
    }
  }
  return outcome({ ...roadmap, items }, issues);
}

/** The drag-and-drop move: the item to another period, and to another lane when `layerCode` is given. */
export function moveItem(roadmap: Roadmap, itemId: string, to: { period: Period; layerCode?: string }): Outcome<Roadmap> {
  const item = roadmap.items.find((other) => other.id === itemId);
  if (!item) return { ok: false, issues: [issue('id', 'unknown_item', { ids: [itemId] })] };
  return replaceItem(roadmap, { ...item, period: to.period, layerCode: to.layerCode ?? item.layerCode });
}

/** Deletes an item and every link to or from it; `removedLinks` says which went with it. */
export function removeItem(roadmap: Roadmap, itemId: string): Outcome<{ roadmap: Roadmap; removedLinks: ItemLink[] }> {
  if (!roadmap.items.some((item) => item.id === itemId)) return { ok: false, issues: [issue('id', 'unknown_item', { ids: [itemId] })] };
  const touches = (link: ItemLink) => link.from === itemId || link.to === itemId;
  return {
    ok: true,
    value: {
      roadmap: { ...roadmap, items: roadmap.items.filter((item) => item.id !== itemId), links: roadmap.links.filter((link) => !touches(link)) },
      removedLinks: roadmap.links.filter(touches),
    },
  };
}

/** A new link: a fresh id, known and distinct ends, a kind their layers allow, not said twice, no cycle of "needs". */
export function addLink(roadmap: Roadmap, link: ItemLink): Outcome<Roadmap> {
  const issues = [
    ...idIssues(
      link.id,
      roadmap.links.some((other) => other.id === link.id),
    ),
    ...linkIssues(link, linkContext(roadmap)),
  ];
  const links = [...roadmap.links, link];
  if (issues.length === 0 && roadmap.links.some((other) => linkKey(other) === linkKey(link))) issues.push(issue('to', 'duplicate_link'));
  if (issues.length === 0 && link.kind === 'needs') {
    const cycle = findNeedsCycle(links);
    if (cycle) issues.push(issue('to', 'needs_cycle', { ids: cycle.ids }));
  }
  return outcome({ ...roadmap, links }, issues);
}

/** Deletes one link; the items stay. */
export function removeLink(roadmap: Roadmap, linkId: string): Outcome<Roadmap> {
  if (!roadmap.links.some((link) => link.id === linkId)) return { ok: false, issues: [issue('id', 'unknown_link', { ids: [linkId] })] };
  return { ok: true, value: { ...roadmap, links: roadmap.links.filter((link) => link.id !== linkId) } };
}

/**
 * The lanes edited (renamed, reordered, added, removed, their link kinds changed). A layer that
 * still holds items cannot go, and no existing link may become refused; both reported on `layers`.
 */
export function replaceLayers(roadmap: Roadmap, layers: Layer[]): Outcome<Roadmap> {
  const issues = layerListIssues(layers);
  const codes = new Set(layers.map((layer) => layer.code));
  const orphaned = [...new Set(roadmap.items.map((item) => item.layerCode))].filter((code) => !codes.has(code));
  if (orphaned.length) issues.push(issue('layers', 'layer_in_use', { ids: orphaned }));
  if (issues.length === 0) {
    const context = linkContext({ items: roadmap.items, layers });
    for (const link of roadmap.links) {
      for (const found of linkIssues(link, context)) issues.push(issue('layers', found.code, { ids: [link.id] }));
    }
  }
  return outcome({ ...roadmap, layers }, issues);
}
