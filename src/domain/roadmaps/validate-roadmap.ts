import { issue, type RoadmapIssue } from './issues.js';
import { isBlankText, itemIssues, layerListIssues, linkContext, linkIssues, linkKey } from './item-rules.js';
import { findNeedsCycle } from './needs-cycle.js';
import { ROADMAP_LIMITS, type Roadmap } from './types.js';
import { vsicPath } from './vsic.js';

/** Issues for every entry whose key was seen before; `key` picks what must be unique. */
function duplicates<T>(
  entries: readonly T[],
  key: (entry: T) => string,
  field: (index: number) => string,
  code: 'duplicate_id' | 'duplicate_link',
): RoadmapIssue[] {
  const seen = new Set<string>();
  const issues: RoadmapIssue[] = [];
  entries.forEach((entry, index) => {
    const k = key(entry);
    if (seen.has(k)) issues.push(issue(field(index), code, code === 'duplicate_id' ? { ids: [k] } : {}));
    seen.add(k);
  });
  return issues;
}

function headerIssues(roadmap: Roadmap): RoadmapIssue[] {
  const issues: RoadmapIssue[] = [];
  if (isBlankText(roadmap.title)) issues.push(issue('title', 'blank'));
  if (roadmap.ownerId.trim() === '') issues.push(issue('ownerId', 'blank'));
  const { scope } = roadmap;
  if (scope.kind === 'sector' && vsicPath(scope.vsicCode) === null) issues.push(issue('scope.vsicCode', 'not_allowed_value', { expected: 'VSIC 2018 code' }));
  if (scope.kind === 'enterprise' && scope.organisationId.trim() === '') issues.push(issue('scope.organisationId', 'blank'));
  const { earliestYear, latestYear, horizonYearsMax } = ROADMAP_LIMITS;
  if (!Number.isInteger(roadmap.startYear) || roadmap.startYear < earliestYear || roadmap.startYear > latestYear) {
    issues.push(issue('startYear', 'out_of_range', { expected: `${earliestYear}–${latestYear}` }));
  }
  if (!Number.isInteger(roadmap.horizonYears) || roadmap.horizonYears < 1 || roadmap.horizonYears > horizonYearsMax) {
    issues.push(issue('horizonYears', 'out_of_range', { expected: `1–${horizonYearsMax}` }));
  }
  return issues;
}

export type RoadmapContext = {
  /** The nodes of the technology map the roadmap is built on, when it is; items may only name these. */
  mapNodeIds?: ReadonlySet<string>;
};

/**
 * Every rule at once, for a roadmap brought in whole (a JSON import) or before a snapshot: unique
 * ids, items inside the horizon and ending after they start, links between known items of layers
 * that allow their kind, no cycle of "needs". Fields are paths from the roadmap (`items[3].period.end`).
 */
export function validateRoadmap(roadmap: Roadmap, context: RoadmapContext = {}): RoadmapIssue[] {
  const issues = headerIssues(roadmap);
  issues.push(...layerListIssues(roadmap.layers));
  issues.push(
    ...duplicates(
      roadmap.items,
      (item) => item.id,
      (i) => `items[${i}].id`,
      'duplicate_id',
    ),
  );
  roadmap.items.forEach((item, i) => {
    issues.push(...itemIssues(item, roadmap, `items[${i}]`));
    if (context.mapNodeIds && item.mapNodeId !== null && !context.mapNodeIds.has(item.mapNodeId)) {
      issues.push(issue(`items[${i}].mapNodeId`, 'unknown_map_node', { ids: [item.mapNodeId] }));
    }
  });
  issues.push(
    ...duplicates(
      roadmap.links,
      (link) => link.id,
      (i) => `links[${i}].id`,
      'duplicate_id',
    ),
  );
  issues.push(...duplicates(roadmap.links, linkKey, (i) => `links[${i}]`, 'duplicate_link'));
  const ends = linkContext(roadmap);
  roadmap.links.forEach((link, i) => issues.push(...linkIssues(link, ends, `links[${i}]`)));
  const cycle = findNeedsCycle(roadmap.links);
  if (cycle) {
    const index = roadmap.links.findIndex((link) => link.id === cycle.linkId);
    issues.push(issue(`links[${index}].to`, 'needs_cycle', { ids: cycle.ids }));
  }
  return issues;
}
