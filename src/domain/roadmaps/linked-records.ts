import type { ConnectionStage } from '../connections/stages.js';
import type { TaskStatus } from '../programmes/task-states.js';

export type TaskState = TaskStatus;

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
