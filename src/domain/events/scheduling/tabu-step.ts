import { FREE, type Board } from './board.js';
import type { Random } from './random.js';

/**
 * One step of the tabu search: request `request` goes to slot `slot`, the meetings in `out` leave
 * it (the people's meetings in that slot, one meeting per person at maxMeetings, one meeting at a
 * full slot's tables), and those flagged in `moving` go straight to another slot instead of
 * leaving the schedule. `gain` is the step's net worth.
 */
export type TabuStep = { request: number; slot: number; out: Int32Array; outCount: number; moving: number; gain: number; ties: number };

export const noStep = (): TabuStep => ({ request: -1, slot: -1, out: new Int32Array(5), outCount: 0, moving: 0, gain: -Infinity, ties: 0 });

/**
 * Returns `consider(r, iteration, tabuUntil, aspiration, best)`: looks at every slot for request r
 * and keeps in `best` the step with the highest gain (equal gains: one at random), skipping slots
 * that are tabu for r (tabuUntil[r * slots + s] > iteration) unless the gain exceeds `aspiration`.
 * Facts about the board are read once per iteration, so the board must not change in between.
 */
export function stepFinder(board: Board, value: Float64Array, random: Random) {
  const { problem, busy } = board;
  const S = problem.slots;
  const out = new Int32Array(5);

  // The cheapest FREE meeting of a person, or −1. A person gives one up only when at maxMeetings
  // and free in the slot at stake, so that meeting is never in that slot.
  const personVictim = (person: number) => {
    let victim = -1;
    const offset = random.int(S);
    for (let k = 0; k < S; k++) {
      const e = busy[person * S + ((k + offset) % S)];
      if (e >= 0 && board.fixed[e] === FREE && (victim < 0 || value[e] < value[victim])) victim = e;
    }
    return victim;
  };
  // A cheap FREE meeting at a shared table of slot s other than e1 and e2, from a few picked at random.
  const tableVictim = (s: number, e1: number, e2: number) => {
    let victim = -1;
    for (let k = 0; k < 4; k++) {
      const e = board.members[s * board.stride + random.int(board.shared[s])];
      if (e !== e1 && e !== e2 && board.fixed[e] === FREE && (victim < 0 || value[e] < value[victim])) victim = e;
    }
    return victim;
  };
  // Up to two slots other than its own where a meeting could go as the board stands, found once per iteration.
  const stamp = new Int32Array(problem.requests).fill(-1);
  const firstOther = new Int32Array(problem.requests);
  const secondOther = new Int32Array(problem.requests);
  const canMoveFrom = (e: number, s: number, iteration: number) => {
    if (stamp[e] !== iteration) {
      stamp[e] = iteration;
      firstOther[e] = secondOther[e] = -1;
      const x = problem.a[e] * S;
      const y = problem.b[e] * S;
      const offset = random.int(S);
      for (let k = 0; k < S && secondOther[e] < 0; k++) {
        const t = (k + offset) % S;
        if (t === board.slotOf[e] || problem.available[x + t] === 0 || problem.available[y + t] === 0 || busy[x + t] >= 0 || busy[y + t] >= 0) continue;
        if (problem.booth[e] < 0 && board.shared[t] >= board.sharedCapacity) continue;
        if (firstOther[e] < 0) firstOther[e] = t;
        else secondOther[e] = t;
      }
    }
    return firstOther[e] >= 0 && (firstOther[e] !== s || secondOther[e] >= 0);
  };

  return (r: number, iteration: number, tabuUntil: Int32Array, aspiration: number, best: TabuStep) => {
    const a = problem.a[r];
    const b = problem.b[r];
    const aFull = board.degree[a] >= problem.maxMeetings[a];
    const bFull = board.degree[b] >= problem.maxMeetings[b];
    const victimA = aFull ? personVictim(a) : -1;
    const victimB = bFull ? personVictim(b) : -1;
    for (let s = 0; s < S; s++) {
      if (problem.available[a * S + s] === 0 || problem.available[b * S + s] === 0) continue;
      let count = 0;
      const ea = busy[a * S + s];
      const eb = busy[b * S + s];
      if (ea >= 0) out[count++] = ea;
      if (eb >= 0 && eb !== ea) out[count++] = eb;
      const aGivesUp = ea < 0 && aFull;
      if (aGivesUp) {
        if (victimA < 0) continue;
        out[count++] = victimA;
      }
      // A meeting of both (a repeated pair) that a gives up frees b as well.
      if (eb < 0 && bFull && !(aGivesUp && problem.b[victimA] === b)) {
        if (victimB < 0) continue;
        out[count++] = victimB;
      }
      if (problem.booth[r] < 0) {
        const used = board.shared[s] - (ea >= 0 && problem.booth[ea] < 0 ? 1 : 0) - (eb >= 0 && eb !== ea && problem.booth[eb] < 0 ? 1 : 0);
        if (used >= board.sharedCapacity) {
          const victim = tableVictim(s, ea, eb);
          if (victim < 0) continue;
          out[count++] = victim;
        }
      }
      let gain = value[r];
      let blocked = false;
      let moving = 0;
      for (let k = 0; k < count; k++) {
        const e = out[k];
        blocked ||= board.fixed[e] !== FREE;
        gain -= value[e];
        // A meeting leaving slot s can stay in the schedule if its people have room for it beside r and a slot is free for it.
        const roomA = problem.a[e] !== a || board.degree[a] < problem.maxMeetings[a];
        const roomB = problem.b[e] !== b || board.degree[b] < problem.maxMeetings[b];
        if (board.slotOf[e] === s && roomA && roomB && !blocked && canMoveFrom(e, s, iteration)) {
          moving |= 1 << k;
          gain += value[e];
        }
      }
      if (blocked || gain < best.gain || (tabuUntil[r * S + s] > iteration && gain <= aspiration)) continue;
      if (gain > best.gain) best.ties = 0;
      if (gain > best.gain || random.int(++best.ties + 1) === 0) {
        Object.assign(best, { request: r, slot: s, outCount: count, moving, gain });
        best.out.set(out);
      }
    }
  };
}
