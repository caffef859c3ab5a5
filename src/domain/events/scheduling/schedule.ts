import { emptyBoard, fits, KEEP, LOCKED, place, type Board } from './board.js';
import { compact } from './compact.js';
import { insertByEjectionChain } from './ejection-chain.js';
import { insertByChain, insertDirect } from './insert.js';
import { toProblem, type Problem } from './problem.js';
import { seededRandom } from './random.js';
import { hasOpenSlot, requestFlow } from './request-flow.js';
import { scheduleResult } from './schedule-result.js';
import { tabuSearch } from './tabu-search.js';
import type { ScheduleInstance, ScheduleResult } from './types.js';

const DEFAULT_SEED = 20_260_513;
const CHAIN_LIMIT = 1_000;

/**
 * Schedules the 1:1 meetings of a B2B session (an instance the parser accepted).
 *
 * Objective, in this order: the most meetings; among schedules with as many, the most priority-1
 * meetings, then the most priority-2 ones; then the fewest idle slots (empty slots between a
 * person's first and last meeting). Pinned meetings stay exactly where they are, unless the
 * instance allows moving them: then they may move (only to make room for more), and one is dropped
 * only if it fits nowhere.
 *
 * Method: (1) a minimum-cost maximum flow picks a largest set of requests that people's
 * maxMeetings, their open slots and the tables allow, the best by priority; (2) those get slots
 * one by one — in a free slot both people share, else by an alternating-chain swap of two slots,
 * else by an ejection chain; (3) a tabu search fits in the ones left over, moving others; (4) the
 * other requests fill what room is left, and a second tabu search exchanges and moves meetings
 * until the flow's bound is reached or it stops improving; (5) simulated annealing closes gaps
 * without losing a meeting. Ties are broken by a seeded random generator, so the same instance
 * always gives the same schedule.
 */
export function scheduleMeetings(instance: ScheduleInstance): ScheduleResult {
  const problem = toProblem(instance);
  const random = seededRandom(instance.options?.seed ?? DEFAULT_SEED);
  const board = emptyBoard(problem);
  placePinned(board, LOCKED);
  const upperBound = board.placed + requestFlow(board, () => true, false).value;
  placePinned(board, KEEP);

  const selection = requestFlow(board, (r) => hasOpenSlot(board, r), true);
  const { value, worth: enough } = worthOf(board, selection.chosen);
  const commonSlots = Int32Array.from({ length: problem.requests }, (_, r) => commonAvailableSlots(problem, r));
  // Pinned requests that may move come first, then the flow's choice; by priority, the requests with the fewest slots to choose from first.
  const order = Array.from({ length: problem.requests }, (_, r) => r)
    .filter((r) => board.slotOf[r] < 0)
    .sort(
      (x, y) =>
        board.fixed[y] - board.fixed[x] ||
        selection.chosen[y] - selection.chosen[x] ||
        problem.priority[x] - problem.priority[y] ||
        commonSlots[x] - commonSlots[y] ||
        x - y,
    );
  const insert = (r: number) => insertDirect(board, r) || insertByChain(board, r) || insertByEjectionChain(board, r, CHAIN_LIMIT);
  const wanted = order.filter((r) => selection.chosen[r] === 1 || board.fixed[r] === KEEP);
  const missed = wanted.filter((r) => !insert(r));
  if (missed.length) tabuSearch(board, wanted, { value, enough, patience: 2_000 + 2 * wanted.length, random });
  for (const r of order) if (board.slotOf[r] < 0 && selection.chosen[r] === 0) insert(r);
  const candidates = order.filter((r) => commonSlots[r] > 0 && problem.maxMeetings[problem.a[r]] > 0 && problem.maxMeetings[problem.b[r]] > 0);
  tabuSearch(board, candidates, { value, enough, patience: 2_000 + problem.requests, random });

  compact(board, 1_000 + 100 * board.placed, random);
  return scheduleResult(instance, board, upperBound);
}

/** Puts the pinned meetings on the board: LOCKED ones (they must stay) all, KEEP ones (they may move) where they still fit. */
function placePinned(board: Board, firmness: typeof KEEP | typeof LOCKED): void {
  const { problem } = board;
  if (problem.pinnedStay !== (firmness === LOCKED)) return;
  for (let r = 0; r < problem.requests; r++) {
    const s = problem.pinnedSlot[r];
    if (s < 0) continue;
    board.fixed[r] = firmness;
    if (firmness === LOCKED || fits(board, r, s)) place(board, r, s);
  }
}

function commonAvailableSlots(problem: Problem, r: number): number {
  const S = problem.slots;
  let count = 0;
  for (let s = 0; s < S; s++) count += problem.available[problem.a[r] * S + s] & problem.available[problem.b[r] * S + s];
  return count;
}

/**
 * What each request is worth, so that sums compare like the objective (count, then priority 1,
 * then priority 2), and the worth of the board plus the flow's choice: the flow forgets slots, so
 * no schedule is worth more, and the search stops when it gets there.
 */
function worthOf(board: Board, chosen: Uint8Array) {
  const { problem } = board;
  const R = problem.requests;
  const second = R + 1;
  const first = (R + 1) * (R + 2);
  const value = Float64Array.from(problem.priority, (p) => first + (p === 1 ? second : p === 2 ? 1 : 0));
  let worth = 0;
  for (let r = 0; r < R; r++) if (board.slotOf[r] >= 0 || chosen[r] === 1) worth += value[r];
  return { value, worth };
}
