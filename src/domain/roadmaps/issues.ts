/** What can be wrong with a roadmap, an edit to it, or a file brought in; the web translates the code. */
export type RoadmapIssueCode =
  // shape of the input (JSON import)
  | 'required'
  | 'wrong_type'
  | 'blank'
  | 'too_long'
  | 'too_many'
  | 'out_of_range'
  | 'not_allowed_value'
  | 'invalid_json'
  | 'wrong_format'
  | 'unsupported_version'
  // rules
  | 'duplicate_id'
  | 'unknown_item'
  | 'unknown_link'
  | 'unknown_layer'
  | 'unknown_map_node'
  | 'layer_in_use'
  | 'quarter_and_half'
  | 'end_before_start'
  | 'outside_horizon'
  | 'self_link'
  | 'duplicate_link'
  | 'same_layer_link'
  | 'link_start_not_allowed'
  | 'link_end_not_allowed'
  | 'link_direction_not_allowed'
  | 'needs_cycle';

/**
 * `field` is a path into the checked value (`items[3].period.end`, or `period.end` for one item);
 * `ids` names the records concerned (the items of a cycle, in order, first repeated last);
 * `expected` says what a malformed value should have been.
 */
export type RoadmapIssue = { field: string; code: RoadmapIssueCode; ids?: string[]; expected?: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; issues: RoadmapIssue[] };

/** One issue; `ids` and `expected` only when given. */
export const issue = (field: string, code: RoadmapIssueCode, more: Pick<RoadmapIssue, 'ids' | 'expected'> = {}): RoadmapIssue => ({ field, code, ...more });

/** `prefix` joined to `field`: ('items[2]', 'period') → 'items[2].period'; an empty prefix leaves the field alone. */
export const fieldPath = (prefix: string, field: string) => (prefix === '' ? field : field === '' ? prefix : `${prefix}.${field}`);

/** The value when there are no issues, else the issues. */
export const outcome = <T>(value: T, issues: RoadmapIssue[]): Outcome<T> => (issues.length ? { ok: false, issues } : { ok: true, value });
