import { describe, expect, it } from 'vitest';
import { emptyBoard, fits, idleAfter, place } from './board.js';
import { compact } from './compact.js';
import { toProblem } from './problem.js';
import { randomInstance } from './random-instance.js';
import { seededRandom } from './random.js';
import { scheduleResult } from './schedule-result.js';
import { validateSchedule } from './validate-schedule.js';

describe('compact', () => {
  it.each([
    ['roomy', 12],
    ['full tables', 4],
  ])('closes gaps in a first-fit schedule without losing or adding a meeting (%s)', (_, tables) => {
    const instance = randomInstance({
      seed: 3,
      slots: 10,
      tables,
      demand: 50,
      supply: 30,
      requests: 300,
      unavailable: [0, 3],
      maxMeetings: [2, 6],
      zipf: 1,
      priorityShares: [1, 1, 1],
    });
    const problem = toProblem(instance);
    const board = emptyBoard(problem);
    // Latest slot first: a schedule full of gaps.
    for (let r = 0; r < problem.requests; r++) {
      for (let s = problem.slots - 1; s >= 0; s--) {
        if (!fits(board, r, s)) continue;
        place(board, r, s);
        break;
      }
    }
    const idle = () => Array.from({ length: problem.people }, (_, p) => idleAfter(board, p, -1, -1)).reduce((x, y) => x + y, 0);
    const placed = Array.from(board.slotOf, (s) => s >= 0);
    const before = idle();
    compact(board, 20_000, seededRandom(1));
    expect(Array.from(board.slotOf, (s) => s >= 0)).toEqual(placed);
    expect(idle()).toBeLessThan(before * 0.8);
    expect(validateSchedule(instance, scheduleResult(instance, board, 0).meetings)).toEqual([]);
  });
});
