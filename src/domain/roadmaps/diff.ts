import { linkKey } from './item-rules.js';
import { samePeriod } from './period.js';
import type { Frozen } from './snapshot.js';
import type { ItemLink, ItemStatus, LocalText, Period, Roadmap, RoadmapItem } from './types.js';

type Item = Frozen<RoadmapItem>;
type Placement = { layerCode: string; period: Frozen<Period> };

/** What changed from `a` (older) to `b` (newer); items are matched by id, links by kind and ends. */
export type RoadmapDiff = {
  added: Item[];
  removed: Item[];
  /** Another period (dragged along the time axis) or another lane. */
  moved: { id: string; from: Placement; to: Placement }[];
  statusChanged: { id: string; from: ItemStatus; to: ItemStatus }[];
  renamed: { id: string; from: Frozen<LocalText>; to: Frozen<LocalText> }[];
  linksAdded: Frozen<ItemLink>[];
  linksRemoved: Frozen<ItemLink>[];
};

const placement = (item: Item): Placement => ({ layerCode: item.layerCode, period: item.period });

/** Two states of a roadmap compared (two snapshots, or a snapshot and the current state); lists follow the roadmaps' order. */
export function diffRoadmaps(a: Frozen<Roadmap>, b: Frozen<Roadmap>): RoadmapDiff {
  const before = new Map(a.items.map((item) => [item.id, item]));
  const after = new Map(b.items.map((item) => [item.id, item]));
  const diff: RoadmapDiff = { added: [], removed: [], moved: [], statusChanged: [], renamed: [], linksAdded: [], linksRemoved: [] };
  for (const item of b.items) {
    const old = before.get(item.id);
    if (!old) {
      diff.added.push(item);
      continue;
    }
    if (old.layerCode !== item.layerCode || !samePeriod(old.period, item.period)) diff.moved.push({ id: item.id, from: placement(old), to: placement(item) });
    if (old.status !== item.status) diff.statusChanged.push({ id: item.id, from: old.status, to: item.status });
    if (old.title.vi !== item.title.vi || old.title.en !== item.title.en) diff.renamed.push({ id: item.id, from: old.title, to: item.title });
  }
  diff.removed = a.items.filter((item) => !after.has(item.id));
  const linksBefore = new Set(a.links.map(linkKey));
  const linksAfter = new Set(b.links.map(linkKey));
  diff.linksAdded = b.links.filter((link) => !linksBefore.has(linkKey(link)));
  diff.linksRemoved = a.links.filter((link) => !linksAfter.has(linkKey(link)));
  return diff;
}

/** Whether the two states differ in anything the comparison shows. */
export const hasChanges = (diff: RoadmapDiff) => Object.values(diff).some((list) => list.length > 0);
