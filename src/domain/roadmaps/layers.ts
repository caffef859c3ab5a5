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
  /** Down: from a lane above the target's (why → what → how); up: from a lane below; any: either way. */
  direction: 'down' | 'up' | 'any';
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
  // Joins no two default lanes: only a custom lane's items to the others (see genericLinkKinds).
  'relates-to': {
    name: { vi: 'liên quan đến', en: 'relates to' },
    from: [],
    to: [],
    withinLayer: false,
    direction: 'any',
  },
};

/**
 * The kinds that may join a custom lane (one the owner added) to any other lane: a custom lane has no
 * place in the T-Plan's order, so no direction is asked of them, and the default lane at the other end
 * need not list them. The custom lane itself still states what it takes part in (`linkStarts`,
 * `linkEnds`), and "needs" still may not close a cycle.
 */
export const genericLinkKinds: readonly LinkKind[] = ['needs', 'relates-to'];

/** A lane the roadmap's owner added, not one of the five T-Plan lanes. */
export const isCustomLayer = (layer: Pick<Layer, 'code'>) => !(defaultLayerCodes as readonly string[]).includes(layer.code);

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
  const generic = genericLinkKinds.includes(kind) && (isCustomLayer(from.layer) || isCustomLayer(to.layer));
  if (from.index === to.index) {
    if (!rule.withinLayer) return 'same_layer_link';
  } else if (!generic && rule.direction !== 'any' && from.index < to.index !== (rule.direction === 'down')) {
    return 'link_direction_not_allowed';
  }
  if ((!generic || isCustomLayer(from.layer)) && !from.layer.linkStarts.includes(kind)) return 'link_start_not_allowed';
  if ((!generic || isCustomLayer(to.layer)) && !to.layer.linkEnds.includes(kind)) return 'link_end_not_allowed';
  return null;
}

/** The link kinds allowed from an item in `from` to one in `to`, in the order of `linkKinds`. */
export function allowedLinkKinds(from: PlacedLayer, to: PlacedLayer): LinkKind[] {
  return kinds.filter((kind) => linkRefusal(kind, from, to) === null);
}
