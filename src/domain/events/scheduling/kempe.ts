import { isShared, place, unplace, type Board } from './board.js';

/**
 * Alternating (Kempe) chains: the meetings in slots x and y form paths and even cycles, since
 * nobody has two meetings in one slot. Swapping x and y along one of them keeps everyone in it
 * to one meeting per slot; only the chain's two end people change which slots they meet in.
 */

/**
 * Fills `chain` with the component through request r (which is in slot x or y) of the meetings in
 * x or y, r first; and `ends` with the people at its two ends (none for a cycle).
 */
export function chainThrough(board: Board, r: number, x: number, y: number, chain: number[], ends: number[] = []): void {
  const { problem, busy, slotOf } = board;
  const S = problem.slots;
  chain.length = 0;
  ends.length = 0;
  chain.push(r);
  for (const start of [problem.b[r], problem.a[r]]) {
    let person = start;
    let slot = slotOf[r] === x ? y : x;
    for (;;) {
      const e = busy[person * S + slot];
      if (e < 0) {
        ends.push(person);
        break;
      }
      if (e === r) {
        ends.length = 0; // a cycle: walked all the way round
        return;
      }
      chain.push(e);
      person = problem.a[e] === person ? problem.b[e] : problem.a[e];
      slot = slot === x ? y : x;
    }
  }
}

/**
 * Whether swapping slots x and y along a chain keeps the rules: no meeting above `movable`
 * firmness moves, everyone is available in their new slot, and the shared tables of x and y still
 * suffice with `extraX` / `extraY` more meetings there.
 */
export function canSwap(board: Board, chain: readonly number[], x: number, y: number, movable: number, extraX: number, extraY: number): boolean {
  const { problem, slotOf } = board;
  const S = problem.slots;
  let toX = 0;
  let toY = 0;
  for (const e of chain) {
    if (board.fixed[e] > movable) return false;
    const next = slotOf[e] === x ? y : x;
    if (problem.available[problem.a[e] * S + next] === 0 || problem.available[problem.b[e] * S + next] === 0) return false;
    if (isShared(board, e)) {
      if (next === x) toX += 1;
      else toY += 1;
    }
  }
  return board.shared[x] + toX - toY + extraX <= board.sharedCapacity && board.shared[y] + toY - toX + extraY <= board.sharedCapacity;
}

/** Swaps slots x and y along a chain (checked with `canSwap`). */
export function swapChain(board: Board, chain: readonly number[], x: number, y: number): void {
  const next = chain.map((e) => (board.slotOf[e] === x ? y : x));
  for (const e of chain) unplace(board, e);
  chain.forEach((e, i) => place(board, e, next[i]));
}
