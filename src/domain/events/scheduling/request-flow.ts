import type { Board } from './board.js';
import { addArc, flowNetwork, flowOn, maxFlow } from './max-flow.js';
import { minCostMaxFlow } from './min-cost-flow.js';

/**
 * The scheduler's relaxation as a flow: source → demand person → (one arc per request) → supply
 * person → sink, where a person carries at most min(maxMeetings left, slots still open to them) and
 * the meetings at shared tables pass a hub that carries slots × shared tables (less those taken).
 * Slots are otherwise forgotten, so its maximum flow bounds every schedule from above.
 */
export type RequestFlow = { value: number; chosen: Uint8Array };

/**
 * Maximum flow over the unplaced requests that `include` admits, on top of what the board holds.
 * With `byPriority`, the flow is also the best by priority among the maximum ones (a minimum-cost
 * flow): the most priority-1 requests, then the most priority-2 ones.
 */
export function requestFlow(board: Board, include: (r: number) => boolean, byPriority: boolean): RequestFlow {
  const { problem } = board;
  const { slots: S, people, requests: R } = problem;
  const SOURCE = 0;
  const SINK = 1;
  const HUB = 2;
  const node = (person: number) => 3 + person;
  const net = flowNetwork(3 + people, 1 + people + R);

  let sharedTaken = 0;
  for (let s = 0; s < S; s++) sharedTaken += board.shared[s];
  addArc(net, HUB, SINK, S * board.sharedCapacity - sharedTaken);

  const role = new Int8Array(people); // 1 demand, 2 supply at a shared table, 3 supply at a booth
  for (let r = 0; r < R; r++) {
    if (board.slotOf[r] >= 0 || !include(r)) continue;
    role[problem.a[r]] = 1;
    role[problem.b[r]] = problem.booth[r] >= 0 ? 3 : 2;
  }
  for (let p = 0; p < people; p++) {
    if (role[p] === 0) continue;
    let open = 0;
    for (let s = 0; s < S; s++) if (problem.available[p * S + s] === 1 && board.busy[p * S + s] < 0) open += 1;
    const capacity = Math.max(0, Math.min(problem.maxMeetings[p] - board.degree[p], open));
    if (role[p] === 1) addArc(net, SOURCE, node(p), capacity);
    else addArc(net, node(p), role[p] === 2 ? HUB : SINK, capacity);
  }

  // Cost order: priority 1, then 2, then 3, where one fewer priority-1 request outweighs any number of others.
  const costOf = [0, 0, R + 1, R + 2];
  const arcOf = new Int32Array(R).fill(-1);
  for (let r = 0; r < R; r++) {
    if (board.slotOf[r] < 0 && include(r)) arcOf[r] = addArc(net, node(problem.a[r]), node(problem.b[r]), 1, byPriority ? costOf[problem.priority[r]] : 0);
  }
  const value = byPriority ? minCostMaxFlow(net, SOURCE, SINK).flow : maxFlow(net, SOURCE, SINK);
  const chosen = new Uint8Array(R);
  for (let r = 0; r < R; r++) if (arcOf[r] >= 0 && flowOn(net, arcOf[r]) > 0) chosen[r] = 1;
  return { value, chosen };
}

/** Whether the two people of request r are both available and free in some slot. */
export function hasOpenSlot(board: Board, r: number): boolean {
  const { problem } = board;
  const S = problem.slots;
  const a = problem.a[r] * S;
  const b = problem.b[r] * S;
  for (let s = 0; s < S; s++) {
    if (problem.available[a + s] === 1 && problem.available[b + s] === 1 && board.busy[a + s] < 0 && board.busy[b + s] < 0) return true;
  }
  return false;
}
