import { emptyBoard, fits, place } from './board.js';
import { toProblem } from './problem.js';
import { scheduleResult } from './schedule-result.js';
import type { ScheduleInstance, ScheduleResult } from './types.js';

/**
 * The baseline the scheduler is measured against: pinned meetings where they are, then every
 * request in order of priority (input order among equals) in the earliest slot where it fits.
 */
export function greedySchedule(instance: ScheduleInstance, upperBound: number): ScheduleResult {
  const problem = toProblem(instance);
  const board = emptyBoard(problem);
  for (let r = 0; r < problem.requests; r++) if (problem.pinnedSlot[r] >= 0 && fits(board, r, problem.pinnedSlot[r])) place(board, r, problem.pinnedSlot[r]);
  const order = Array.from({ length: problem.requests }, (_, r) => r).sort((x, y) => problem.priority[x] - problem.priority[y] || x - y);
  for (const r of order) {
    if (board.slotOf[r] >= 0) continue;
    for (let s = 0; s < problem.slots; s++) {
      if (!fits(board, r, s)) continue;
      place(board, r, s);
      break;
    }
  }
  return scheduleResult(instance, board, upperBound);
}
