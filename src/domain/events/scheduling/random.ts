import { mulberry32 } from '../../random/mulberry32.js';

/** A seeded random number generator (mulberry32): the scheduler's only randomness, so the same input gives the same schedule. */
export type Random = { next: () => number; int: (below: number) => number };

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  return { next, int: (below) => Math.floor(next() * below) };
}
