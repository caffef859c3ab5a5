import { mulberry32 } from '../../../domain/random/mulberry32.js';

/** A small seeded PRNG (mulberry32) so that every database gets the same demo records. */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
  date: (from: Date, to: Date) => Date;
};

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
    date: (from, to) => new Date(from.getTime() + Math.floor(next() * (to.getTime() - from.getTime()))),
  };
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Replaces `{p}` with the variant; a template without a variant has no placeholder. */
export const fill = (text: string, variant: string | undefined) => (variant === undefined ? text : text.replaceAll('{p}', variant));
