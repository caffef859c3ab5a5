import { z } from 'zod';
import { gapKinds } from '../../domain/assessment/methodology-types.js';
import { confidenceWords, itemStatuses, linkKinds, ROADMAP_LIMITS as L } from '../../domain/roadmaps/types.js';
import { TEXT_SHORT_MAX } from '../limits.js';
import { PageQuery, pageOf } from '../pagination.js';

/**
 * Request and response schemas of roadmaps and technology maps. The roadmap itself travels as the
 * domain document (`RoadmapDoc`); the server checks its rules with the domain, not here.
 */

/** The records an item may be tied to through the API. Programme tasks ('task') join when that module lands. */
export const linkableRecordKinds = ['demand', 'offer', 'expert', 'connection', 'task'] as const;
export type LinkableRecordKind = (typeof linkableRecordKinds)[number];

export const roadmapScopeKinds = ['national', 'sector', 'enterprise'] as const;

const localText = z.object({ vi: z.string().max(L.titleMax), en: z.string().max(L.titleMax) });
const itemId = z.string().trim().min(1).max(L.idMax);
const point = z.object({
  year: z.number().int(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  half: z.union([z.literal(1), z.literal(2)]).optional(),
});
export const PeriodBody = z.object({ start: point, end: point }).meta({ id: 'RoadmapPeriod' });
const confidence = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.enum(confidenceWords)]).nullable();
const recordRef = z.object({ kind: z.string(), id: z.string() });

const Layer = z.object({ code: z.string(), name: localText, linkStarts: z.array(z.enum(linkKinds)), linkEnds: z.array(z.enum(linkKinds)) });
const Item = z.object({
  id: z.string(),
  layerCode: z.string(),
  title: localText,
  description: z.string(),
  period: PeriodBody,
  status: z.enum(itemStatuses),
  confidence,
  records: z.array(recordRef),
  mapNodeId: z.string().nullable(),
  gap: z.object({ criterionCode: z.string(), gapKind: z.enum(gapKinds), target: z.string() }).nullable(),
});
const Scope = z.union([
  z.object({ kind: z.literal('national') }),
  z.object({ kind: z.literal('sector'), vsicCode: z.string() }),
  z.object({ kind: z.literal('enterprise'), organisationId: z.string() }),
]);
export const RoadmapDoc = z
  .object({
    id: z.string(),
    title: localText,
    scope: Scope,
    ownerId: z.string(),
    startYear: z.number().int(),
    horizonYears: z.number().int(),
    reviewDate: z.string().nullable(),
    technologyMapId: z.string().nullable(),
    layers: z.array(Layer),
    items: z.array(Item),
    links: z.array(z.object({ id: z.string(), kind: z.enum(linkKinds), from: z.string(), to: z.string() })),
  })
  .meta({ id: 'RoadmapDoc' });

export const reviewStates = ['none', 'scheduled', 'due-soon', 'overdue'] as const;

export const RoadmapSummary = z.object({
  id: z.string(),
  title: localText,
  scopeKind: z.enum(roadmapScopeKinds),
  vsicCode: z.string().nullable(),
  organisationId: z.string().nullable(),
  ownerOrganisationId: z.string(),
  ownerName: z.string(),
  published: z.boolean(),
  reviewDate: z.string().nullable(),
  reviewState: z.enum(reviewStates),
  /** Past review and the caller owns it or is the enterprise's connection point: shown flagged. */
  flagged: z.boolean(),
  itemCount: z.number().int(),
  updatedAt: z.string(),
});
export const RoadmapList = pageOf('RoadmapList', RoadmapSummary);
export const RoadmapListQuery = PageQuery.extend({
  organisationId: z.uuid().optional(),
  /** Only the roadmaps past their review date that the caller is responsible for (the flagged ones). */
  reviewDue: z.enum(['true', 'false']).optional(),
});

export const LiveRecord = z.object({
  kind: z.string(),
  id: z.string(),
  title: z.string().nullable(),
  /** matched | connected | mou | contract | transferred | declined | stalled | gap | none | task-… */
  state: z.string(),
});
export const ItemEvent = z.object({
  itemId: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  cause: z.record(z.string(), z.unknown()).nullable(),
  occurredAt: z.string(),
});
export const RoadmapDetail = z
  .object({
    roadmap: RoadmapDoc,
    version: z.number().int(),
    published: z.boolean(),
    ownerName: z.string(),
    reviewState: z.enum(reviewStates),
    /** Per item id, its records with their live state. */
    live: z.record(z.string(), z.array(LiveRecord)),
    history: z.array(ItemEvent),
    canEdit: z.boolean(),
    canPublish: z.boolean(),
  })
  .meta({ id: 'RoadmapDetail' });

export const RoadmapCreateBody = z
  .object({
    title: localText,
    scope: Scope,
    ownerOrganisationId: z.uuid(),
    startYear: z.number().int().min(L.earliestYear).max(L.latestYear),
    horizonYears: z.number().int().min(1).max(L.horizonYearsMax),
    reviewDate: z.iso.date().nullish(),
    technologyMapId: z.string().max(L.idMax).nullish(),
  })
  .meta({ id: 'RoadmapCreateBody' });

export const RoadmapPatchBody = z
  .object({
    title: localText.optional(),
    reviewDate: z.iso.date().nullable().optional(),
    published: z.boolean().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'RoadmapPatchBody' });

export const ItemBody = z
  .object({
    id: itemId.optional(),
    layerCode: z.string().min(1).max(40),
    title: localText,
    description: z.string().max(L.descriptionMax).default(''),
    period: PeriodBody,
    status: z.enum(itemStatuses).default('planned'),
    confidence: confidence.default(null),
    mapNodeId: z.string().max(L.idMax).nullable().default(null),
    version: z.number().int(),
  })
  .meta({ id: 'RoadmapItemBody' });
export const MoveBody = z.object({ period: PeriodBody, layerCode: z.string().max(40).optional(), version: z.number().int() }).meta({ id: 'RoadmapMoveBody' });
export const LinkBody = z.object({ kind: z.enum(linkKinds), from: itemId, to: itemId, version: z.number().int() }).meta({ id: 'RoadmapLinkBody' });
export const RecordLinkBody = z.object({ kind: z.enum(linkableRecordKinds), id: z.uuid(), version: z.number().int() }).meta({ id: 'RoadmapRecordLinkBody' });
export const VersionBody = z.object({ version: z.number().int() });
/** Link kinds a lane takes part in (kept in the order of `linkKinds`, each once). */
const laneKinds = z.array(z.enum(linkKinds)).max(linkKinds.length * 2);
/**
 * The lanes in their new order: a known code keeps its lane (renamed), no code (or a new one) adds a
 * lane, a missing code removes it. `linkStarts` / `linkEnds`, when given, are the kinds of link its
 * items may start and end (a kept lane otherwise keeps its own, a new one takes every kind).
 */
export const LayersBody = z
  .object({
    layers: z
      .array(z.object({ code: z.string().trim().max(40).optional(), name: localText, linkStarts: laneKinds.optional(), linkEnds: laneKinds.optional() }))
      .min(1)
      .max(L.layersMax),
    version: z.number().int(),
  })
  .meta({ id: 'RoadmapLayersBody' });
export const FromAssessmentBody = z
  .object({ assessmentId: z.uuid(), criteria: z.array(z.string().max(40)).min(1).max(20), version: z.number().int() })
  .meta({ id: 'RoadmapFromAssessmentBody' });
export const SnapshotBody = z.object({ name: z.string().max(L.titleMax) }).meta({ id: 'RoadmapSnapshotBody' });
export const SnapshotSummary = z.object({ id: z.string(), name: z.string(), takenAt: z.string() });
export const SnapshotList = pageOf('RoadmapSnapshotList', SnapshotSummary);
/** `q`: part of a snapshot's name, for the comparison pickers (accents ignored). */
export const SnapshotListQuery = PageQuery.extend({ q: z.string().trim().max(TEXT_SHORT_MAX).optional() });
export const SnapshotDetail = SnapshotSummary.extend({ roadmap: RoadmapDoc }).meta({ id: 'RoadmapSnapshotDetail' });
export const CompareQuery = z.object({ from: z.uuid(), to: z.union([z.uuid(), z.literal('current')]).default('current') });
const placement = z.object({ layerCode: z.string(), period: PeriodBody });
export const RoadmapComparison = z
  .object({
    added: z.array(Item),
    removed: z.array(Item),
    moved: z.array(z.object({ id: z.string(), from: placement, to: placement })),
    statusChanged: z.array(z.object({ id: z.string(), from: z.enum(itemStatuses), to: z.enum(itemStatuses) })),
    renamed: z.array(z.object({ id: z.string(), from: localText, to: localText })),
    linksAdded: z.array(z.object({ id: z.string(), kind: z.enum(linkKinds), from: z.string(), to: z.string() })),
    linksRemoved: z.array(z.object({ id: z.string(), kind: z.enum(linkKinds), from: z.string(), to: z.string() })),
  })
  .meta({ id: 'RoadmapComparison' });
export const ExportQuery = z.object({ lang: z.enum(['vi', 'en']).default('vi'), snapshot: z.uuid().optional() });
export const Saved = z.object({ id: z.string(), version: z.number().int() });
export const DemandCreated = z.object({ demandId: z.string(), version: z.number().int() });

export const MapSummary = z.object({ id: z.string(), title: localText, vsicCode: z.string() });
export const MapList = pageOf('TechnologyMapList', MapSummary);
const Counts = z.object({ offer: z.number().int(), demand: z.number().int(), expert: z.number().int(), connection: z.number().int() });
export const MapNodeView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(['product', 'technology', 'sub-technology']),
  name: localText,
  depth: z.number().int(),
  vietnamLevel: z.number().nullable(),
  worldLevel: z.number().nullable(),
  gap: z.number().nullable(),
  sources: z.array(
    z.object({ about: z.enum(['vietnam', 'world']), title: z.string(), year: z.number().nullable(), url: z.string().nullable(), demo: z.boolean() }),
  ),
  counts: Counts,
});
export const MapDetail = z
  .object({
    id: z.string(),
    title: localText,
    vsicCode: z.string(),
    scale: z.enum(['level', 'trl']),
    nodes: z.array(MapNodeView),
    roadmapIds: z.array(z.string()),
  })
  .meta({ id: 'TechnologyMapDetail' });
