import { assignTables } from './assign-tables.js';
import type { Board } from './board.js';
import { idleSlots } from './problem.js';
import { requestPriorities, type ScheduleInstance, type ScheduleResult, type ScheduledMeeting, type UnplacedReason } from './types.js';

/** The schedule a board holds, with the organiser's preview: placed per priority, each person's day, and why the rest did not fit. */
export function scheduleResult(instance: ScheduleInstance, board: Board, upperBound: number): ScheduleResult {
  const { problem, slotOf } = board;
  const table = assignTables(board);
  const meetings: ScheduledMeeting[] = [];
  const slotsOf: number[][] = Array.from({ length: problem.people }, () => []);
  const movedPinned = [];
  for (let r = 0; r < problem.requests; r++) {
    if (problem.pinnedSlot[r] >= 0 && slotOf[r] >= 0 && (slotOf[r] !== problem.pinnedSlot[r] || table[r] !== problem.pinnedTable[r]))
      movedPinned.push(instance.requests[r].id);
    if (slotOf[r] < 0) continue;
    meetings.push({ request: instance.requests[r].id, slot: slotOf[r], table: table[r] });
    slotsOf[problem.a[r]].push(slotOf[r]);
    slotsOf[problem.b[r]].push(slotOf[r]);
  }
  meetings.sort((x, y) => x.slot - y.slot || x.table - y.table);

  const people = slotsOf.flatMap((slots, p) =>
    slots.length ? [{ participant: instance.participants[p].id, meetings: slots.length, idleSlots: idleSlots(slots) }] : [],
  );
  const idle = people.reduce((sum, person) => sum + person.idleSlots, 0);
  const byPriority = requestPriorities.map((priority) => ({ priority, requested: 0, placed: 0 }));
  for (let r = 0; r < problem.requests; r++) {
    byPriority[problem.priority[r] - 1].requested += 1;
    if (slotOf[r] >= 0) byPriority[problem.priority[r] - 1].placed += 1;
  }
  const unplaced = [];
  for (let r = 0; r < problem.requests; r++) if (slotOf[r] < 0) unplaced.push({ request: instance.requests[r].id, reason: unplacedReason(board, r) });

  return {
    meetings,
    scheduled: meetings.length,
    upperBound,
    meanIdleSlots: people.length ? idle / people.length : 0,
    preview: { byPriority, people, unplaced, movedPinned },
  };
}

/** Why request r has no meeting on this board (the first reason that holds, in the order of the type). */
function unplacedReason(board: Board, r: number): UnplacedReason {
  const { problem, busy, degree } = board;
  const S = problem.slots;
  const a = problem.a[r];
  const b = problem.b[r];
  let common = false;
  let commonFree = false;
  for (let s = 0; s < S; s++) {
    if (problem.available[a * S + s] === 0 || problem.available[b * S + s] === 0) continue;
    common = true;
    if (busy[a * S + s] < 0 && busy[b * S + s] < 0) commonFree = true;
  }
  if (!common) return 'no-common-slot';
  if (degree[a] >= problem.maxMeetings[a]) return 'demand-at-max';
  if (degree[b] >= problem.maxMeetings[b]) return 'supply-at-max';
  return commonFree ? 'tables-full' : 'no-common-free-slot';
}
