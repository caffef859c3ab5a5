import { fieldPath, issue, type RoadmapIssue } from './issues.js';
import { allowedLinkKinds, linkRefusal, type PlacedLayer } from './layers.js';
import { periodSpan } from './period.js';
import type { ItemLink, Layer, LinkKind, LocalText, PeriodPoint, Roadmap, RoadmapItem } from './types.js';

/** Neither language has any text. */
export const isBlankText = (text: LocalText) => text.vi.trim() === '' && text.en.trim() === '';

/** The years a roadmap plans for: `first` to `last`, both included. */
export const horizonOf = (roadmap: Pick<Roadmap, 'startYear' | 'horizonYears'>) => ({
  first: roadmap.startYear,
  last: roadmap.startYear + roadmap.horizonYears - 1,
});

/** The lanes: at least one, each with a code of its own and a name. */
export function layerListIssues(layers: readonly Layer[]): RoadmapIssue[] {
  const issues: RoadmapIssue[] = layers.length === 0 ? [issue('layers', 'required')] : [];
  const codes = new Set<string>();
  layers.forEach((layer, i) => {
    if (layer.code.trim() === '') issues.push(issue(`layers[${i}].code`, 'blank'));
    else if (codes.has(layer.code)) issues.push(issue(`layers[${i}].code`, 'duplicate_id', { ids: [layer.code] }));
    codes.add(layer.code);
    if (isBlankText(layer.name)) issues.push(issue(`layers[${i}].name`, 'blank'));
  });
  return issues;
}

function pointIssues(point: PeriodPoint, field: string): RoadmapIssue[] {
  return point.quarter !== undefined && point.half !== undefined ? [issue(field, 'quarter_and_half')] : [];
}

/** The item's own rules: a title, a known layer, a period that ends after it starts and inside the horizon. */
export function itemIssues(item: RoadmapItem, roadmap: Pick<Roadmap, 'startYear' | 'horizonYears' | 'layers'>, prefix = ''): RoadmapIssue[] {
  const at = (field: string) => fieldPath(prefix, field);
  const issues: RoadmapIssue[] = [];
  if (isBlankText(item.title)) issues.push(issue(at('title'), 'blank'));
  if (!roadmap.layers.some((layer) => layer.code === item.layerCode)) issues.push(issue(at('layerCode'), 'unknown_layer'));
  const shape = [...pointIssues(item.period.start, at('period.start')), ...pointIssues(item.period.end, at('period.end'))];
  if (shape.length) return [...issues, ...shape];
  const span = periodSpan(item.period, roadmap.startYear);
  if (span.end <= span.start) issues.push(issue(at('period.end'), 'end_before_start'));
  const horizon = horizonOf(roadmap);
  if (item.period.start.year < horizon.first || item.period.start.year > horizon.last) issues.push(issue(at('period.start'), 'outside_horizon'));
  if (item.period.end.year > horizon.last || item.period.end.year < horizon.first) issues.push(issue(at('period.end'), 'outside_horizon'));
  return issues;
}

export type LinkContext = { items: ReadonlyMap<string, RoadmapItem>; layers: ReadonlyMap<string, PlacedLayer> };

/** Items by id and layers by code with their place, built once for checking many links. */
export const linkContext = (roadmap: Pick<Roadmap, 'items' | 'layers'>): LinkContext => ({
  items: new Map(roadmap.items.map((item) => [item.id, item])),
  layers: new Map(roadmap.layers.map((layer, index) => [layer.code, { layer, index }])),
});

/** The link's own rules: both ends known and distinct, and its kind allowed between their layers, in its direction. */
export function linkIssues(link: ItemLink, context: LinkContext, prefix = ''): RoadmapIssue[] {
  const at = (field: string) => fieldPath(prefix, field);
  const from = context.items.get(link.from);
  const to = context.items.get(link.to);
  const issues: RoadmapIssue[] = [];
  if (!from) issues.push(issue(at('from'), 'unknown_item', { ids: [link.from] }));
  if (!to) issues.push(issue(at('to'), 'unknown_item', { ids: [link.to] }));
  if (!from || !to) return issues;
  if (from.id === to.id) return [issue(at('to'), 'self_link', { ids: [from.id] })];
  const fromLayer = context.layers.get(from.layerCode);
  const toLayer = context.layers.get(to.layerCode);
  // An item in an unknown layer is reported on the item itself.
  if (!fromLayer || !toLayer) return issues;
  const refusal = linkRefusal(link.kind, fromLayer, toLayer);
  if (refusal) issues.push(issue(at('kind'), refusal, { ids: [from.id, to.id] }));
  return issues;
}

/** The link kinds a link dialog offers from one item to another: those their layers allow, in its direction; none for the same item. */
export function linkKindsBetween(roadmap: Pick<Roadmap, 'items' | 'layers'>, fromId: string, toId: string): LinkKind[] {
  const context = linkContext(roadmap);
  const from = context.items.get(fromId);
  const to = context.items.get(toId);
  if (!from || !to || from.id === to.id) return [];
  const fromLayer = context.layers.get(from.layerCode);
  const toLayer = context.layers.get(to.layerCode);
  return fromLayer && toLayer ? allowedLinkKinds(fromLayer, toLayer) : [];
}

/** The key two links share when they say the same thing twice. */
export const linkKey = (link: Pick<ItemLink, 'kind' | 'from' | 'to'>) => `${link.kind}\u0000${link.from}\u0000${link.to}`;
