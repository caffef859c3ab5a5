import { fieldPath, issue, outcome, type Outcome, type RoadmapIssue } from '../issues.js';
import type { Frozen } from '../snapshot.js';
import { gapKinds } from '../../assessment/methodology-types.js';
import { confidenceWords, itemStatuses, linkKinds, recordKinds, ROADMAP_LIMITS, type Roadmap } from '../types.js';
import { validateRoadmap } from '../validate-roadmap.js';
import { integer, invalid, isoDate, isRecord, list, object, oneOf, optional, text, variant } from './check.js';

/**
 * The JSON a roadmap is exported to and imported from, ids kept, so a roadmap made elsewhere
 * (or in another TechBridge deployment) comes in whole: `{ format, version, roadmap }`.
 */
export const ROADMAP_FORMAT = 'techbridge-roadmap';
export const ROADMAP_FORMAT_VERSION = 1;
export type RoadmapDocument = { format: typeof ROADMAP_FORMAT; version: typeof ROADMAP_FORMAT_VERSION; roadmap: Roadmap };

const L = ROADMAP_LIMITS;
const id = text(L.idMax);
const localText = (max: number) => object({ vi: text(max, true), en: text(max, true) });
const point = object({
  year: integer(L.earliestYear, L.latestYear),
  quarter: optional(oneOf([1, 2, 3, 4]), undefined),
  half: optional(oneOf([1, 2]), undefined),
});

const layer = object({
  code: text(40),
  name: localText(L.titleMax),
  linkStarts: list(oneOf(linkKinds), linkKinds.length),
  linkEnds: list(oneOf(linkKinds), linkKinds.length),
});

const item = object({
  id,
  layerCode: text(40),
  title: localText(L.titleMax),
  description: optional(text(L.descriptionMax, true), ''),
  period: object({ start: point, end: point }),
  status: oneOf(itemStatuses),
  confidence: optional(oneOf([1, 2, 3, 4, 5, ...confidenceWords]), null),
  records: optional(list(object({ kind: oneOf(recordKinds), id }), L.recordsPerItemMax), []),
  mapNodeId: optional(id, null),
  gap: optional(object({ criterionCode: text(L.idMax), gapKind: oneOf(gapKinds), target: text(L.descriptionMax, true) }), null),
});

const scope = variant('kind', {
  national: object({ kind: oneOf(['national']) }),
  sector: object({ kind: oneOf(['sector']), vsicCode: text(10) }),
  enterprise: object({ kind: oneOf(['enterprise']), organisationId: id }),
});

const roadmap = object({
  id,
  title: localText(L.titleMax),
  scope,
  ownerId: id,
  startYear: integer(L.earliestYear, L.latestYear),
  horizonYears: integer(1, L.horizonYearsMax),
  reviewDate: optional(isoDate, null),
  technologyMapId: optional(id, null),
  layers: list(layer, L.layersMax),
  items: list(item, L.itemsMax),
  links: list(object({ id, kind: oneOf(linkKinds), from: id, to: id }), L.linksMax),
});

/** The document to write out; a deep copy, so later edits to the roadmap do not show in it. */
export function exportRoadmap(roadmap: Frozen<Roadmap>): RoadmapDocument {
  return { format: ROADMAP_FORMAT, version: ROADMAP_FORMAT_VERSION, roadmap: structuredClone(roadmap) as Roadmap };
}

/** The exported file's text, indented for people who open it. */
export const roadmapToJson = (value: Frozen<Roadmap>) => JSON.stringify(exportRoadmap(value), null, 2);

/**
 * A roadmap from a parsed JSON document: its shape first (issues name the field, from the
 * document: `roadmap.items[2].period.start.year`), then every roadmap rule. Nothing is returned
 * unless both pass, so a bad file writes nothing.
 */
export function parseRoadmapDocument(document: unknown): Outcome<Roadmap> {
  if (!isRecord(document) || document.format !== ROADMAP_FORMAT) return { ok: false, issues: [issue('format', 'wrong_format', { expected: ROADMAP_FORMAT })] };
  if (document.version !== ROADMAP_FORMAT_VERSION)
    return { ok: false, issues: [issue('version', 'unsupported_version', { expected: String(ROADMAP_FORMAT_VERSION) })] };
  const issues: RoadmapIssue[] = [];
  const parsed = roadmap(document.roadmap, 'roadmap', issues);
  if (parsed === invalid) return { ok: false, issues };
  const value: Roadmap = parsed;
  const ruleIssues = validateRoadmap(value).map((found) => ({ ...found, field: fieldPath('roadmap', found.field) }));
  return outcome(value, ruleIssues);
}

/** A roadmap from a file's text; text that is not JSON is reported on `file`. */
export function roadmapFromJson(json: string): Outcome<Roadmap> {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    return { ok: false, issues: [issue('file', 'invalid_json')] };
  }
  return parseRoadmapDocument(document);
}
