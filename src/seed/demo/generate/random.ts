/** A small seeded PRNG (mulberry32) so that every database gets the same demo records. */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
  date: (from: Date, to: Date) => Date;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

/** Capitalises the first letter, for variants that start a sentence. */
export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
