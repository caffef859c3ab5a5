import { fits, isShared, KEEP, place, type Board } from './board.js';
import { canSwap, chainThrough, swapChain } from './kempe.js';

/** Idle slots a person gains (or loses, when negative) by a meeting in slot s, given their first and last meeting slots and count. */
const idleGain = (s: number, first: number, last: number, count: number) => (count === 0 ? 0 : s < first ? first - s - 1 : s > last ? s - last - 1 : -1);

function span(board: Board, person: number): [number, number, number] {
  const S = board.problem.slots;
  let first = S;
  let last = -1;
  let count = 0;
  for (let s = 0; s < S; s++) {
    if (board.busy[person * S + s] < 0) continue;
    if (count++ === 0) first = s;
    last = s;
  }
  return [first, last, count];
}

/** Places request r in the free slot that adds the fewest idle slots to its two people (the earliest among equals); false when none is free. */
export function insertDirect(board: Board, r: number): boolean {
  const { problem } = board;
  const [firstA, lastA, countA] = span(board, problem.a[r]);
  const [firstB, lastB, countB] = span(board, problem.b[r]);
  let best = -1;
  let bestGain = Infinity;
  for (let s = 0; s < problem.slots; s++) {
    if (!fits(board, r, s)) continue;
    const gain = idleGain(s, firstA, lastA, countA) + idleGain(s, firstB, lastB, countB);
    if (gain < bestGain) {
      bestGain = gain;
      best = s;
    }
  }
  if (best < 0) return false;
  place(board, r, best);
  return true;
}

/**
 * Places request r when its two people have no free slot in common: picks a slot x where one of
 * them is free and the other is not, and a slot y where that other one is free, and swaps x and y
 * along the alternating chain that starts at the other one's meeting in x (the classic step of
 * bipartite edge colouring, here with availability, booths and table counts). The shortest
 * chain that keeps every rule wins; false when none does.
 */
export function insertByChain(board: Board, r: number): boolean {
  const { problem, busy } = board;
  const S = problem.slots;
  const a = problem.a[r];
  const b = problem.b[r];
  if (board.degree[a] >= problem.maxMeetings[a] || board.degree[b] >= problem.maxMeetings[b]) return false;
  const extra = isShared(board, r) ? 1 : 0;
  const chain: number[] = [];
  let best: { chain: number[]; x: number; y: number } | null = null;
  for (const [free, other] of [
    [a, b],
    [b, a],
  ]) {
    for (let x = 0; x < S; x++) {
      if (problem.available[a * S + x] === 0 || problem.available[b * S + x] === 0 || busy[free * S + x] >= 0 || busy[other * S + x] < 0) continue;
      for (let y = 0; y < S; y++) {
        if (y === x || problem.available[other * S + y] === 0 || busy[other * S + y] >= 0) continue;
        chainThrough(board, busy[other * S + x], x, y, chain);
        if ((best === null || chain.length < best.chain.length) && canSwap(board, chain, x, y, KEEP, extra, 0)) best = { chain: [...chain], x, y };
      }
    }
  }
  if (!best) return false;
  swapChain(board, best.chain, best.x, best.y);
  place(board, r, best.x);
  return true;
}
