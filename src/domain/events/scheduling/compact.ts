import { FREE, idleAfter, place, restore, unplace, type Board } from './board.js';
import { canSwap, chainThrough, swapChain } from './kempe.js';
import type { Random } from './random.js';

/** At the start, a step that adds one idle slot is kept with probability e^-1. */
const START_TEMPERATURE = 1;

/**
 * Closes gaps in people's days without dropping or adding a meeting, by simulated annealing over
 * three moves of a meeting r to another slot t: straight there when both its people are free and
 * a table is left; in exchange with a meeting at t's full tables whose people are free in r's slot;
 * or by swapping the two slots along r's alternating chain, which changes the day of the chain's
 * two end people only. Half the steps take a person with a gap, one of their first or last
 * meetings and a slot inside the gap; the others a random meeting and slot, so that people
 * without gaps can make room. A step that adds idle slots is kept with a probability that falls
 * to zero over the run; should the run end worse than it began, the board goes back. Only FREE meetings move.
 */
export function compact(board: Board, iterations: number, random: Random): void {
  const { problem, busy } = board;
  const S = problem.slots;
  const meetings: number[] = [];
  for (let r = 0; r < problem.requests; r++) if (board.slotOf[r] >= 0 && board.fixed[r] === FREE) meetings.push(r);
  if (meetings.length === 0 || S < 2) return;
  const chain: number[] = [];
  const ends: number[] = [];
  const start = board.slotOf.slice();
  let added = 0; // idle slots added since the start
  const free = (person: number, s: number) => problem.available[person * S + s] === 1 && busy[person * S + s] < 0;
  const change = (person: number, from: number, to: number) => idleAfter(board, person, from, to) - idleAfter(board, person, -1, -1);

  let temperature = START_TEMPERATURE;
  const accept = (delta: number) => {
    const yes = delta <= 0 || (temperature > 0.01 && random.next() < Math.exp(-delta / temperature));
    if (yes) added += delta;
    return yes;
  };

  for (let iteration = 0; iteration < iterations; iteration++) {
    temperature = START_TEMPERATURE * (1 - iteration / iterations);
    let r = meetings[random.int(meetings.length)];
    let to: number;
    if (iteration % 2 === 0) {
      const [meeting, slot] = gapMove(board, r, random);
      if (meeting < 0 || board.fixed[meeting] !== FREE) continue;
      r = meeting;
      to = slot;
    } else {
      to = random.int(S - 1);
      if (to >= board.slotOf[r]) to += 1;
    }
    const from = board.slotOf[r];
    const a = problem.a[r];
    const b = problem.b[r];
    if (problem.available[a * S + to] === 0 || problem.available[b * S + to] === 0) continue;
    if (busy[a * S + to] < 0 && busy[b * S + to] < 0) {
      if (problem.booth[r] >= 0 || board.shared[to] < board.sharedCapacity) {
        if (accept(change(a, from, to) + change(b, from, to))) {
          unplace(board, r);
          place(board, r, to);
        }
        continue;
      }
      // The tables of slot `to` are full: trade places with one of its meetings whose people are free in r's slot.
      const q = board.members[to * board.stride + random.int(board.shared[to])];
      const c = problem.a[q];
      const d = problem.b[q];
      if (board.fixed[q] !== FREE || !free(c, from) || !free(d, from)) continue;
      if (accept(change(a, from, to) + change(b, from, to) + change(c, to, from) + change(d, to, from))) {
        unplace(board, r);
        unplace(board, q);
        place(board, r, to);
        place(board, q, from);
      }
      continue;
    }
    chainThrough(board, r, from, to, chain, ends);
    if (ends.length === 0 || !canSwap(board, chain, from, to, FREE, 0, 0)) continue;
    let delta = 0;
    for (const person of ends) {
      const was = busy[person * S + from] >= 0 ? from : to;
      delta += change(person, was, was === from ? to : from);
    }
    if (accept(delta)) swapChain(board, chain, from, to);
  }
  if (added > 0) restore(board, start);
}

/** For one of a meeting's two people who has a gap: their first or last meeting and a free slot inside the gap, or [−1, −1]. */
function gapMove(board: Board, r: number, random: Random): [number, number] {
  const S = board.problem.slots;
  const person = random.int(2) === 0 ? board.problem.a[r] : board.problem.b[r];
  const base = person * S;
  let first = -1;
  let last = -1;
  for (let s = 0; s < S; s++) {
    if (board.busy[base + s] < 0) continue;
    if (first < 0) first = s;
    last = s;
  }
  const gaps: number[] = [];
  for (let s = first + 1; s < last; s++) if (board.busy[base + s] < 0 && board.problem.available[base + s] === 1) gaps.push(s);
  if (gaps.length === 0) return [-1, -1];
  const edge = random.int(2) === 0 ? first : last;
  return [board.busy[base + edge], gaps[random.int(gaps.length)]];
}
