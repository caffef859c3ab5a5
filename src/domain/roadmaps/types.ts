import type { GapKind } from '../assessment/methodology-types.js';
/**
 * An innovation roadmap (lộ trình đổi mới công nghệ): layers over a time axis, items as bars,
 * typed links between items, items tied to TechBridge records. Plain JSON-shaped data, so the
 * same value is stored, snapshotted, exported and imported.
 */

/** Text in both interface languages; at least one of them is not blank. */
export type LocalText = { vi: string; en: string };

export const itemStatuses = ['idea', 'planned', 'in-progress', 'delivered', 'dropped'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const confidenceWords = ['low', 'medium', 'high'] as const;
/** A 1–5 score or a word; a roadmap made elsewhere may use either. */
export type Confidence = 1 | 2 | 3 | 4 | 5 | (typeof confidenceWords)[number];

/** `relates-to` is generic: it joins a custom layer's items to any other layer's, in either direction. */
export const linkKinds = ['needs', 'delivered-by', 'enables', 'supports', 'relates-to'] as const;
export type LinkKind = (typeof linkKinds)[number];

/** TechBridge records an item can be tied to. */
export const recordKinds = ['demand', 'offer', 'expert', 'connection', 'task', 'assessment-criterion'] as const;
export type RecordKind = (typeof recordKinds)[number];
export type RecordRef = { kind: RecordKind; id: string };

export type RoadmapScope = { kind: 'national' } | { kind: 'sector'; vsicCode: string } | { kind: 'enterprise'; organisationId: string };

/** A year, or one of its quarters or halves (never both). */
export type PeriodPoint = { year: number; quarter?: 1 | 2 | 3 | 4; half?: 1 | 2 };
/** From the beginning of `start` to the end of `end`, both included. */
export type Period = { start: PeriodPoint; end: PeriodPoint };

/** A lane of the chart; which link kinds may start and end on its items. */
export type Layer = { code: string; name: LocalText; linkStarts: LinkKind[]; linkEnds: LinkKind[] };

/** Set on an item brought in from an assessment's weak criterion. */
export type GapNote = { criterionCode: string; gapKind: GapKind; target: string };

export type RoadmapItem = {
  id: string;
  layerCode: string;
  title: LocalText;
  description: string;
  period: Period;
  status: ItemStatus;
  confidence: Confidence | null;
  records: RecordRef[];
  /** The technology-map node the item stands for, when the roadmap is built on a map. */
  mapNodeId: string | null;
  gap: GapNote | null;
};

/** `from` → `to`: "product P needs technology T", "technology T is delivered by project X". */
export type ItemLink = { id: string; kind: LinkKind; from: string; to: string };

export type Roadmap = {
  id: string;
  title: LocalText;
  scope: RoadmapScope;
  /** The organisation that owns the roadmap (an enterprise, a Department of S&T, the agency). */
  ownerId: string;
  startYear: number;
  horizonYears: number;
  /** YYYY-MM-DD, or null when no review is planned. */
  reviewDate: string | null;
  technologyMapId: string | null;
  /** In display order, top lane first. */
  layers: Layer[];
  items: RoadmapItem[];
  links: ItemLink[];
};

export const ROADMAP_LIMITS = {
  earliestYear: 1990,
  latestYear: 2100,
  horizonYearsMax: 50,
  layersMax: 12,
  itemsMax: 2000,
  linksMax: 5000,
  recordsPerItemMax: 50,
  titleMax: 300,
  descriptionMax: 5000,
  idMax: 100,
} as const;
