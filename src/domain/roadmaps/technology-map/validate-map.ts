import { issue, type RoadmapIssue } from '../issues.js';
import { isBlankText } from '../item-rules.js';
import { vsicPath } from '../vsic.js';
import { LEVEL_MAX, LEVEL_MIN, type MapNode, type MapNodeKind, type TechnologyMap } from './types.js';

/** The kind a node's parent must have: products stand at the top, technologies under products, sub-technologies under technologies. */
const parentKind: Record<MapNodeKind, MapNodeKind | null> = { product: null, technology: 'product', 'sub-technology': 'technology' };

function levelIssues(node: MapNode, at: string): RoadmapIssue[] {
  const issues: RoadmapIssue[] = [];
  for (const key of ['vietnamLevel', 'worldLevel'] as const) {
    const level = node[key];
    if (level !== null && (!Number.isInteger(level) || level < LEVEL_MIN || level > LEVEL_MAX)) {
      issues.push(issue(`${at}.${key}`, 'out_of_range', { expected: `${LEVEL_MIN}–${LEVEL_MAX}` }));
    }
  }
  return issues;
}

/** The map's rules: unique ids, parents listed before their children with the right kind, levels on the scale, VSIC codes that exist. */
export function validateTechnologyMap(map: TechnologyMap): RoadmapIssue[] {
  const issues: RoadmapIssue[] = [];
  if (isBlankText(map.title)) issues.push(issue('title', 'blank'));
  if (vsicPath(map.vsicCode) === null) issues.push(issue('vsicCode', 'not_allowed_value', { expected: 'VSIC 2018 code' }));
  const seen = new Map<string, MapNode>();
  map.nodes.forEach((node, i) => {
    const at = `nodes[${i}]`;
    if (seen.has(node.id)) issues.push(issue(`${at}.id`, 'duplicate_id', { ids: [node.id] }));
    if (isBlankText(node.name)) issues.push(issue(`${at}.name`, 'blank'));
    const expected = parentKind[node.kind];
    if (node.parentId === null) {
      if (expected !== null) issues.push(issue(`${at}.parentId`, 'required', { expected }));
    } else {
      const parent = seen.get(node.parentId);
      if (!parent) issues.push(issue(`${at}.parentId`, 'unknown_map_node', { ids: [node.parentId] }));
      else if (parent.kind !== expected) issues.push(issue(`${at}.parentId`, 'not_allowed_value', { expected: expected ?? 'none' }));
    }
    issues.push(...levelIssues(node, at));
    node.matcher.vsicCodes.forEach((code, j) => {
      if (vsicPath(code) === null) issues.push(issue(`${at}.matcher.vsicCodes[${j}]`, 'not_allowed_value', { expected: 'VSIC 2018 code' }));
    });
    if (!seen.has(node.id)) seen.set(node.id, node);
  });
  return issues;
}
