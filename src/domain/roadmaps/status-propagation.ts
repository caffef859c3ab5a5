import type { ConnectionStage } from '../connections/stages.js';
import type { ConnectionState, LinkedRecordState, TaskState } from './linked-records.js';
import type { ItemStatus, RecordKind, RoadmapItem } from './types.js';

/** The record whose state moved the item; `via` is the demand, offer or expert it was reached through. */
export type StatusCause = { kind: 'connection' | 'task'; id: string; state: ConnectionStage | TaskState; via: { kind: RecordKind; id: string } | null };

/** The change to apply to the item and to record in its history (the server adds who and when). */
export type StatusChange = { itemId: string; from: ItemStatus; to: 'in-progress' | 'delivered'; cause: StatusCause };

type Reached = { to: StatusChange['to']; cause: StatusCause };

const progress: Record<Exclude<ItemStatus, 'dropped'>, number> = { idea: 0, planned: 1, 'in-progress': 2, delivered: 3 };

function fromConnection(connection: ConnectionState, via: StatusCause['via']): Reached | null {
  const cause: StatusCause = { kind: 'connection', id: connection.id, state: connection.stage, via };
  if (connection.stage === 'transferred') return { to: 'delivered', cause };
  if (connection.stage === 'contract') return { to: 'in-progress', cause };
  return null;
}

function fromTask(id: string, state: TaskState): Reached | null {
  const cause: StatusCause = { kind: 'task', id, state, via: null };
  if (state === 'accepted' || state === 'closed') return { to: 'delivered', cause };
  // A task waiting for its acceptance council is still being carried out.
  if (state === 'in-progress' || state === 'acceptance') return { to: 'in-progress', cause };
  return null;
}

/** Every status a record's live state would carry its item to. */
function reachedBy(record: LinkedRecordState): Reached[] {
  switch (record.kind) {
    case 'connection':
      return [fromConnection(record, null)].filter((r) => r !== null);
    case 'task':
      return [fromTask(record.id, record.state)].filter((r) => r !== null);
    case 'demand':
    case 'offer':
    case 'expert':
      return record.connections.map((c) => fromConnection(c, { kind: record.kind, id: record.id })).filter((r) => r !== null);
    case 'assessment-criterion':
      return [];
    default: {
      const never: never = record;
      return never;
    }
  }
}

/**
 * The status an item moves to by itself from its linked records: a connection at contract (or a
 * task in progress or up for acceptance) makes it "in progress"; a connection transferred (or a task accepted or
 * closed) makes it "delivered". Only forward, never for a dropped item (a person dropped it), and
 * only from records the item is tied to (`records` may hold others). The first record in the
 * item's order wins a tie. Null when nothing changes.
 */
export function propagateStatus(item: RoadmapItem, records: readonly LinkedRecordState[]): StatusChange | null {
  if (item.status === 'dropped') return null;
  const stateOf = new Map(records.map((record) => [`${record.kind}:${record.id}`, record]));
  let best: Reached | null = null;
  for (const ref of item.records) {
    const record = stateOf.get(`${ref.kind}:${ref.id}`);
    if (!record) continue;
    for (const reached of reachedBy(record)) {
      if (best === null || progress[reached.to] > progress[best.to]) best = reached;
    }
  }
  if (best === null || progress[best.to] <= progress[item.status]) return null;
  return { itemId: item.id, from: item.status, to: best.to, cause: best.cause };
}
