import type { LocalText } from '../types.js';

/**
 * A technology map (bản đồ công nghệ) of a sector: its products, their technologies and
 * sub-technologies, each rated in Vietnam against the world's best by the map's authors.
 */
export const mapNodeKinds = ['product', 'technology', 'sub-technology'] as const;
export type MapNodeKind = (typeof mapNodeKinds)[number];

/** The 1–9 technology-level scale of the 2019 handbook, or Technology Readiness Levels; both run 1–9. */
export const levelScales = ['level', 'trl'] as const;
export type LevelScale = (typeof levelScales)[number];
export const LEVEL_MIN = 1;
export const LEVEL_MAX = 9;

/** Where a level comes from; `demo` marks figures made up for demonstration. */
export type LevelSource = { about: 'vietnam' | 'world'; title: string; year: number | null; url: string | null; demo: boolean };

/**
 * How the server finds TechBridge records under a node. Codes narrow (a record classified
 * elsewhere is left out; an unclassified one is not); keywords decide. Keywords are written as
 * people read them, with diacritics; matching folds them. "a + b" needs both phrases.
 */
export type MatcherSpec = { vsicCodes: string[]; fieldCodes: string[]; keywords: string[] };

export type MapNode = {
  id: string;
  /** Null for a product at the top of the tree. */
  parentId: string | null;
  kind: MapNodeKind;
  name: LocalText;
  vietnamLevel: number | null;
  worldLevel: number | null;
  sources: LevelSource[];
  matcher: MatcherSpec;
};

export type TechnologyMap = {
  id: string;
  title: LocalText;
  /** The sector, a VSIC 2018 code at any depth. */
  vsicCode: string;
  scale: LevelScale;
  /** Parents before their children, siblings in display order. */
  nodes: MapNode[];
};
