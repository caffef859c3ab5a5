import { progressStages, type ConnectionStage } from '../connections/stages.js';
import type { ConnectionState, LinkedRecordState, TaskState } from './linked-records.js';

/** The label shown on an item's link to a record; the web translates the code. */
export type LiveStateLabel = 'none' | 'matched' | 'connected' | 'mou' | 'contract' | 'transferred' | 'declined' | 'stalled' | 'gap' | `task-${TaskState}`;

function connectionLabel(stage: ConnectionStage): LiveStateLabel {
  switch (stage) {
    case 'proposed':
    case 'accepted':
    case 'meeting':
      return 'connected';
    case 'mou':
    case 'contract':
    case 'transferred':
    case 'declined':
    case 'stalled':
      return stage;
    default: {
      const never: never = stage;
      return never;
    }
  }
}

/** The furthest open or finished stage among a record's connections; declined and stalled ones do not count. */
function furthestStage(connections: readonly ConnectionState[]): ConnectionStage | null {
  const ranks = connections.map((c) => (progressStages as readonly string[]).indexOf(c.stage)).filter((rank) => rank >= 0);
  return ranks.length ? progressStages[Math.max(...ranks)] : null;
}

/**
 * How far the record has gone: a connection by its stage; a demand, offer or expert by its
 * furthest connection, else "matched" when it has matches; a task by its state.
 */
export function liveStateLabel(record: LinkedRecordState): LiveStateLabel {
  switch (record.kind) {
    case 'connection':
      return connectionLabel(record.stage);
    case 'task':
      return `task-${record.state}`;
    case 'demand':
    case 'offer':
    case 'expert': {
      const stage = furthestStage(record.connections);
      if (stage) return connectionLabel(stage);
      return record.matchCount > 0 ? 'matched' : 'none';
    }
    case 'assessment-criterion':
      return 'gap';
    default: {
      const never: never = record;
      return never;
    }
  }
}
