import { place, restore, unplace, type Board } from './board.js';
import { insertByEjectionChain } from './ejection-chain.js';
import { insertDirect } from './insert.js';
import type { Random } from './random.js';
import { noStep, stepFinder } from './tabu-step.js';

export type TabuSettings = {
  /** What a placed request is worth; the search maximises the sum. */
  value: Float64Array;
  /** The worth at which to stop: nothing better exists. */
  enough: number;
  /** Stop after this many steps without a new best. */
  patience: number;
  random: Random;
};

const SAMPLES = 8;
const CHAIN_LIMIT = 200;

/**
 * Places more of the candidate requests by a tabu search in the manner of PartialCol (Blöchliger
 * & Zufferey's partial legal colouring), so the board stays a valid schedule throughout. Each step
 * looks at a few unplaced requests in every slot, and takes the best: the request goes in, whatever
 * stands in its way leaves — or moves straight to another slot when it can — even when that loses.
 * A meeting that left a slot may not go back to it for a while, and the best board seen is kept.
 * Before each step, one unplaced request whose people have room is tried by an ejection chain.
 * KEEP and LOCKED meetings never leave.
 */
export function tabuSearch(board: Board, candidates: readonly number[], settings: TabuSettings): void {
  const { problem } = board;
  const { value, random } = settings;
  const S = problem.slots;
  const unplaced: number[] = [];
  const position = new Int32Array(problem.requests).fill(-1);
  const addUnplaced = (r: number) => {
    position[r] = unplaced.length;
    unplaced.push(r);
  };
  const removeUnplaced = (r: number) => {
    const last = unplaced.pop() as number;
    if (last !== r) {
      unplaced[position[r]] = last;
      position[last] = position[r];
    }
    position[r] = -1;
  };
  for (const r of candidates) if (board.slotOf[r] < 0) addUnplaced(r);
  let worth = 0;
  for (let r = 0; r < problem.requests; r++) if (board.slotOf[r] >= 0) worth += value[r];
  let bestWorth = worth;
  let best = board.slotOf.slice();
  let lastBest = 0;
  const tabuUntil = new Int32Array(problem.requests * S);
  const consider = stepFinder(board, value, random);
  const step = noStep();
  const hasRoom = (r: number) =>
    board.degree[problem.a[r]] < problem.maxMeetings[problem.a[r]] && board.degree[problem.b[r]] < problem.maxMeetings[problem.b[r]];

  for (let iteration = 1; unplaced.length > 0 && worth < settings.enough && iteration - lastBest <= settings.patience; iteration++) {
    const tried = unplaced[random.int(unplaced.length)];
    if (hasRoom(tried) && insertByEjectionChain(board, tried, CHAIN_LIMIT)) {
      removeUnplaced(tried);
      worth += value[tried];
    } else {
      step.gain = -Infinity;
      step.request = -1;
      for (let k = 0; k < Math.min(unplaced.length, SAMPLES); k++) {
        const r = unplaced[random.int(unplaced.length)];
        // A tabu slot is allowed only when the step would beat the best board (aspiration).
        consider(r, iteration, tabuUntil, bestWorth - worth, step);
      }
      if (step.request < 0) continue;
      const tenure = random.int(10) + Math.ceil(0.6 * Math.min(unplaced.length, 50));
      for (let k = 0; k < step.outCount; k++) {
        const e = step.out[k];
        tabuUntil[e * S + board.slotOf[e]] = iteration + tenure;
        unplace(board, e);
        worth -= value[e];
      }
      place(board, step.request, step.slot);
      removeUnplaced(step.request);
      worth += value[step.request];
      for (let k = 0; k < step.outCount; k++) {
        const e = step.out[k];
        if ((step.moving & (1 << k)) !== 0 && insertDirect(board, e)) worth += value[e];
        else addUnplaced(e);
      }
    }
    if (worth > bestWorth) {
      bestWorth = worth;
      best = board.slotOf.slice();
      lastBest = iteration;
    }
  }
  restore(board, best);
}
