import type { Layer, LinkKind, LocalText } from './types.js';

/** The five lanes of the Cambridge T-Plan, top to bottom. */
export const defaultLayerCodes = ['market', 'product', 'technology', 'rd', 'resources'] as const;
type DefaultLayerCode = (typeof defaultLayerCodes)[number];

const defaultLayerNames: Record<DefaultLayerCode, LocalText> = {
  market: { vi: 'Thị trường', en: 'Market' },
  product: { vi: 'Sản phẩm', en: 'Product' },
  technology: { vi: 'Công nghệ', en: 'Technology' },
  rd: { vi: 'Nghiên cứu – phát triển và dự án', en: 'R&D and projects' },
  resources: { vi: 'Nguồn lực', en: 'Resources' },
};

export type LinkKindRule = {
  name: LocalText;
  /** Default layers an item may be the source of such a link in, and the target in. */
  from: readonly DefaultLayerCode[];
  to: readonly DefaultLayerCode[];
  /** Whether both ends may sit in the same layer ("technology T needs technology U"). */
  withinLayer: boolean;
  /** Down: from a lane above the target's (why → what → how); up: from a lane below. */
  direction: 'down' | 'up';
};

/**
 * The link kinds and the default layers they join. Layers carry the result (`linkStarts`,
 * `linkEnds`), so an edited or added layer states its own; `withinLayer` and `direction` stay
 * with the kind. The pairs a kind allows are its start layers × its end layers in its direction:
 * "needs" runs down (market → product → technology → R&D → resources, or within one layer),
 * "delivered-by" down, "enables" and "supports" up.
 */
export const linkKindRules: Record<LinkKind, LinkKindRule> = {
  needs: {
    name: { vi: 'cần', en: 'needs' },
    from: ['market', 'product', 'technology', 'rd'],
    to: ['product', 'technology', 'rd', 'resources'],
    withinLayer: true,
    direction: 'down',
  },
  'delivered-by': {
    name: { vi: 'được thực hiện bởi', en: 'is delivered by' },
    from: ['product', 'technology'],
    to: ['rd', 'resources'],
    withinLayer: false,
    direction: 'down',
  },
  enables: {
    name: { vi: 'tạo điều kiện cho', en: 'enables' },
    from: ['product', 'technology', 'rd'],
    to: ['market', 'product', 'technology'],
    withinLayer: false,
    direction: 'up',
  },
  supports: {
    name: { vi: 'hỗ trợ', en: 'supports' },
    from: ['resources'],
    to: ['product', 'technology', 'rd'],
    withinLayer: false,
    direction: 'up',
  },
};

const kinds = Object.keys(linkKindRules) as LinkKind[];

/** The default layers of a new roadmap, with the link kinds each may start and end. */
export function defaultLayers(): Layer[] {
  return defaultLayerCodes.map((code) => ({
    code,
    name: { ...defaultLayerNames[code] },
    linkStarts: kinds.filter((kind) => linkKindRules[kind].from.includes(code)),
    linkEnds: kinds.filter((kind) => linkKindRules[kind].to.includes(code)),
  }));
}

export type LinkRefusal = 'same_layer_link' | 'link_start_not_allowed' | 'link_end_not_allowed' | 'link_direction_not_allowed';

/** A layer and its place in the roadmap's order (0 = top lane). */
export type PlacedLayer = { layer: Layer; index: number };

/** Why a link of this kind may not join an item of `from` to one of `to`, or null when it may. */
export function linkRefusal(kind: LinkKind, from: PlacedLayer, to: PlacedLayer): LinkRefusal | null {
  const rule = linkKindRules[kind];
  if (from.index === to.index) {
    if (!rule.withinLayer) return 'same_layer_link';
  } else if (from.index < to.index !== (rule.direction === 'down')) {
    return 'link_direction_not_allowed';
  }
  if (!from.layer.linkStarts.includes(kind)) return 'link_start_not_allowed';
  if (!to.layer.linkEnds.includes(kind)) return 'link_end_not_allowed';
  return null;
}
