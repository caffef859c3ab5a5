import type { Board } from './board.js';

/**
 * The table of every placed request (−1 for the others). Booth meetings take the booth; a pinned
 * meeting still in its slot keeps its table; a supplier without a booth keeps the table of their
 * first meeting whenever it is free, so that partners come to them; the rest take the lowest free
 * shared table. Each slot holds at most as many shared meetings as there are shared tables, so
 * every meeting gets one.
 */
export function assignTables(board: Board): Int32Array {
  const { problem, slotOf } = board;
  const { slots: S, tables: T, requests: R } = problem;
  const table = new Int32Array(R).fill(-1);
  const home = new Int32Array(problem.people).fill(-1);
  const bySlot: number[][] = Array.from({ length: S }, () => []);
  for (let r = 0; r < R; r++) if (slotOf[r] >= 0) bySlot[slotOf[r]].push(r);
  const taken = new Uint8Array(T);
  const shared = new Uint8Array(T);
  for (const t of problem.sharedTables) shared[t] = 1;

  for (let s = 0; s < S; s++) {
    taken.fill(0);
    const give = (r: number, t: number) => {
      table[r] = t;
      taken[t] = 1;
    };
    const rest: number[] = [];
    for (const r of bySlot[s]) {
      if (problem.booth[r] >= 0) give(r, problem.booth[r]);
      else if (problem.pinnedSlot[r] === s && shared[problem.pinnedTable[r]] === 1 && taken[problem.pinnedTable[r]] === 0) give(r, problem.pinnedTable[r]);
    }
    for (const r of bySlot[s]) {
      if (table[r] >= 0) continue;
      const usual = home[problem.b[r]];
      if (usual >= 0 && taken[usual] === 0) give(r, usual);
      else rest.push(r);
    }
    let next = 0;
    for (const r of rest) {
      while (taken[problem.sharedTables[next]] === 1) next += 1;
      give(r, problem.sharedTables[next]);
      if (home[problem.b[r]] < 0) home[problem.b[r]] = table[r];
    }
  }
  return table;
}
