import type { ConnectionStage } from '../connections/stages.js';

/**
 * A programme task's statuses, as the programme module's state machine names them
 * (feat/programmes-domain, src/domain/programmes/task-states.ts `taskStatuses`). A copy until both
 * branches are merged; then import `TaskStatus` from there and delete this list.
 */
export const taskStates = [
  'draft',
  'submitted',
  'inadmissible',
  'admissible',
  'identification',
  'identified',
  'selection',
  'assigned',
  'appraisal',
  'appraised',
  'in-progress',
  'acceptance',
  'accepted',
  'closed',
  'rejected',
  'withdrawn',
  'terminated',
] as const;
export type TaskState = (typeof taskStates)[number];

export type ConnectionState = { id: string; stage: ConnectionStage };

/**
 * What the server reads about one record an item is tied to. A demand, offer or expert brings its
 * match count and its connections, so an item tied to a demand moves when a connection on that
 * demand reaches a contract (the usual path: a gap item → a demand → a brokered connection).
 */
export type LinkedRecordState =
  | ({ kind: 'connection' } & ConnectionState)
  | { kind: 'task'; id: string; state: TaskState }
  | { kind: 'demand' | 'offer' | 'expert'; id: string; matchCount: number; connections: ConnectionState[] }
  | { kind: 'assessment-criterion'; id: string };
