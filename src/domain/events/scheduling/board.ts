import type { Problem } from './problem.js';

/** How firmly a placed meeting holds its place: the search may move and drop FREE ones, only move KEEP ones, and never touch LOCKED ones. */
export const FREE = 0;
export const KEEP = 1;
export const LOCKED = 2;

/**
 * A partial schedule under construction: which slot each request has (or −1), who is busy when,
 * and the meetings at shared tables per slot. Booth meetings need no shared table: a supplier's
 * booth holds at most one meeting per slot because the supplier does.
 */
export type Board = {
  problem: Problem;
  /** person * slots + slot → the request met there, −1 when free. */
  busy: Int32Array;
  slotOf: Int32Array;
  degree: Int32Array;
  /** Meetings at shared tables per slot, and who they are (slot * stride + k), for picking one to move out. */
  shared: Int32Array;
  sharedCapacity: number;
  members: Int32Array;
  stride: number;
  memberAt: Int32Array;
  fixed: Uint8Array;
  placed: number;
};

/** A board with nothing placed. */
export function emptyBoard(problem: Problem): Board {
  const { slots, people, requests } = problem;
  const sharedCapacity = problem.sharedTables.length;
  // A slot holds at most one meeting per request and per pair of people.
  const stride = Math.min(sharedCapacity, requests, Math.ceil(people / 2));
  return {
    problem,
    busy: new Int32Array(people * slots).fill(-1),
    slotOf: new Int32Array(requests).fill(-1),
    degree: new Int32Array(people),
    shared: new Int32Array(slots),
    sharedCapacity,
    members: new Int32Array(slots * stride),
    stride,
    memberAt: new Int32Array(requests).fill(-1),
    fixed: new Uint8Array(requests),
    placed: 0,
  };
}

export const isShared = (board: Board, r: number) => board.problem.booth[r] < 0;

/** Whether request r can go to slot s as things stand: both people available, free and below maxMeetings, and a table left. */
export function fits(board: Board, r: number, s: number): boolean {
  const { problem, busy, degree } = board;
  const S = problem.slots;
  const a = problem.a[r];
  const b = problem.b[r];
  return (
    problem.available[a * S + s] === 1 &&
    problem.available[b * S + s] === 1 &&
    busy[a * S + s] < 0 &&
    busy[b * S + s] < 0 &&
    degree[a] < problem.maxMeetings[a] &&
    degree[b] < problem.maxMeetings[b] &&
    (problem.booth[r] >= 0 || board.shared[s] < board.sharedCapacity)
  );
}

/** Puts request r in slot s (the caller has checked that it fits). */
export function place(board: Board, r: number, s: number): void {
  const { problem } = board;
  const S = problem.slots;
  board.slotOf[r] = s;
  board.busy[problem.a[r] * S + s] = r;
  board.busy[problem.b[r] * S + s] = r;
  board.degree[problem.a[r]] += 1;
  board.degree[problem.b[r]] += 1;
  board.placed += 1;
  if (problem.booth[r] < 0) {
    const k = board.shared[s]++;
    board.members[s * board.stride + k] = r;
    board.memberAt[r] = k;
  }
}

/** Takes request r off the board. */
export function unplace(board: Board, r: number): void {
  const { problem } = board;
  const S = problem.slots;
  const s = board.slotOf[r];
  board.slotOf[r] = -1;
  board.busy[problem.a[r] * S + s] = -1;
  board.busy[problem.b[r] * S + s] = -1;
  board.degree[problem.a[r]] -= 1;
  board.degree[problem.b[r]] -= 1;
  board.placed -= 1;
  if (problem.booth[r] < 0) {
    const base = s * board.stride;
    const last = board.members[base + --board.shared[s]];
    board.members[base + board.memberAt[r]] = last;
    board.memberAt[last] = board.memberAt[r];
    board.memberAt[r] = -1;
  }
}

/** Puts the board back to a copy of `slotOf` taken earlier. */
export function restore(board: Board, slotOf: Int32Array): void {
  for (let r = 0; r < slotOf.length; r++) if (board.slotOf[r] >= 0 && board.slotOf[r] !== slotOf[r]) unplace(board, r);
  for (let r = 0; r < slotOf.length; r++) if (slotOf[r] >= 0 && board.slotOf[r] < 0) place(board, r, slotOf[r]);
}

/** Idle slots of a person if their meeting in slot `from` moved to slot `to` (from = −1: a meeting added; to = −1: one removed). */
export function idleAfter(board: Board, person: number, from: number, to: number): number {
  const S = board.problem.slots;
  const base = person * S;
  let first = S;
  let last = -1;
  let count = 0;
  for (let s = 0; s < S; s++) {
    const met = (board.busy[base + s] >= 0 && s !== from) || s === to;
    if (!met) continue;
    count += 1;
    if (s < first) first = s;
    last = s;
  }
  return count === 0 ? 0 : last - first + 1 - count;
}
