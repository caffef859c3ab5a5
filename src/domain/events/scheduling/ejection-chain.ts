import { fits, KEEP, place, unplace, type Board } from './board.js';

/**
 * Places request r by a chain of moves: r takes slot s, the one meeting in its way moves to
 * another slot, the one in that meeting's way moves on, and so on until a meeting lands in a slot
 * where nothing stands in its way. "In the way" is a meeting of one of the people in that slot
 * or, when the slot's shared tables are full, any meeting at one of them. A breadth-first search
 * over the board as it stands finds the shortest such chain (visiting at most `limit` meetings);
 * it is applied from its far end, each move checked, and undone if the moves interfere.
 * Meetings above KEEP firmness never move. Both of r's people need room below maxMeetings.
 */
export function insertByEjectionChain(board: Board, r: number, limit: number): boolean {
  const { problem, busy, slotOf } = board;
  const S = problem.slots;
  if (board.degree[problem.a[r]] >= problem.maxMeetings[problem.a[r]] || board.degree[problem.b[r]] >= problem.maxMeetings[problem.b[r]]) return false;
  if (problem.booth[r] < 0) {
    let spare = 0;
    for (let s = 0; s < S; s++) spare += board.sharedCapacity - board.shared[s];
    if (spare === 0) return false; // every shared table is taken in every slot: no chain can end
  }
  const displacedBy = new Map<number, number>(); // meeting → the meeting (or r) that takes its slot
  const queue: number[] = [];

  const visit = (e: number, by: number) => {
    if (board.fixed[e] > KEEP || displacedBy.has(e) || displacedBy.size >= limit) return;
    displacedBy.set(e, by);
    queue.push(e);
  };
  // True when nothing stands in the way of `mover` in slot t; else queues what must leave t for it
  // (nothing when two meetings must: the search follows single chains).
  const free = (mover: number, t: number): boolean => {
    const x = busy[problem.a[mover] * S + t];
    const y = busy[problem.b[mover] * S + t];
    const blockers = (x >= 0 ? 1 : 0) + (y >= 0 && y !== x ? 1 : 0);
    const frees = (x >= 0 && problem.booth[x] < 0 ? 1 : 0) + (y >= 0 && y !== x && problem.booth[y] < 0 ? 1 : 0);
    const tableFull = problem.booth[mover] < 0 && board.shared[t] - frees >= board.sharedCapacity;
    if (blockers === 0 && !tableFull) return true;
    if (blockers === 1 && !tableFull) visit(x >= 0 ? x : y, mover);
    else if (blockers === 0) for (let k = 0; k < board.shared[t]; k++) visit(board.members[t * board.stride + k], mover);
    return false;
  };

  const a = problem.a[r] * S;
  const b = problem.b[r] * S;
  for (let s = 0; s < S; s++) {
    if (problem.available[a + s] === 0 || problem.available[b + s] === 0) continue;
    if (free(r, s)) return apply(board, r, [r], s);
  }
  for (let head = 0; head < queue.length; head++) {
    const e = queue[head];
    const x = problem.a[e] * S;
    const y = problem.b[e] * S;
    for (let t = 0; t < S; t++) {
      if (t === slotOf[e] || problem.available[x + t] === 0 || problem.available[y + t] === 0) continue;
      if (!free(e, t)) continue;
      const chain = [e];
      for (let m = e; m !== r;) chain.push((m = displacedBy.get(m) as number));
      return apply(board, r, chain, t);
    }
  }
  return false;
}

/** Moves chain[0] to slot `last`, each later one into the slot the one before it left, and places r (the final one). */
function apply(board: Board, r: number, chain: number[], last: number): boolean {
  const from = chain.map((e) => board.slotOf[e]);
  for (const e of chain) if (e !== r) unplace(board, e);
  const target = (i: number) => (i === 0 ? last : from[i - 1]);
  let done = 0;
  for (; done < chain.length && fits(board, chain[done], target(done)); done++) place(board, chain[done], target(done));
  if (done === chain.length) return true;
  for (let i = 0; i < done; i++) unplace(board, chain[i]);
  chain.forEach((e, i) => e !== r && place(board, e, from[i]));
  return false;
}
