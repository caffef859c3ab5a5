import { issue, outcome, type Outcome, type RoadmapIssue } from './issues.js';
import { ROADMAP_LIMITS, type Roadmap } from './types.js';

/** A value that cannot be changed through its type, all the way down. */
export type Frozen<T> = T extends (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

/** A roadmap frozen under a name: read-only, exportable, comparable with another state. */
export type RoadmapSnapshot = Frozen<{ id: string; name: string; takenAt: string; roadmap: Roadmap }>;

function deepFreeze<T>(value: T): Frozen<T> {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as Frozen<T>;
}

/** A deep copy of the roadmap, frozen (writing to it throws), named; `takenAt` is an ISO timestamp the caller supplies. */
export function takeSnapshot(roadmap: Frozen<Roadmap>, meta: { id: string; name: string; takenAt: string }): Outcome<RoadmapSnapshot> {
  const name = meta.name.trim();
  const issues: RoadmapIssue[] = [];
  if (name === '') issues.push(issue('name', 'blank'));
  else if (name.length > ROADMAP_LIMITS.titleMax) issues.push(issue('name', 'too_long', { expected: `≤ ${ROADMAP_LIMITS.titleMax}` }));
  return outcome(deepFreeze({ id: meta.id, name, takenAt: meta.takenAt, roadmap: structuredClone(roadmap) as Roadmap }), issues);
}
