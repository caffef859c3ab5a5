import type { DuplicateFeatures } from './features.js';

/**
 * Candidate blocking: a record is compared in full only with records that hold two of its rarest
 * words or word pairs (its keys), or one that no third record holds. Two copies of one technology
 * share nearly all their text, so they share their rarest features too, while the common ones
 * ("cong nghe", "he thong") would pair everything with everything. A database does the same with
 * an index: fetch the records whose folded text holds the new record's keys (see `blockingKeys`),
 * then score them.
 */
export type BlockingOptions = {
  /** How many of its rarest features a record probes with, and how many more of its title's rarest words. */
  keysPerRecord: number;
  titleKeysPerRecord: number;
  /** A feature more records hold than this says too little to fetch by. */
  maxFrequency: number;
};

/**
 * The rarest features of a record that some other record also holds (document frequency ≥ 2 in
 * the file; in a catalogue, ≥ 1 other record), rarest first, ties by id so that every run agrees;
 * then the rarest words of its title. A copy may have lost most of the text its original shares
 * with a third copy, but the three still share their titles' words. `ownFrequency` is the record's
 * own share of the frequencies: 1 when they were counted over a file that holds it, 0 for a new
 * record checked against a catalogue's statistics.
 */
export function blockingKeys(features: DuplicateFeatures, documentFrequency: ArrayLike<number>, options: BlockingOptions, ownFrequency = 1): number[] {
  const rarest = (sets: Int32Array[], count: number) => {
    const usable: number[] = [];
    for (const set of sets) {
      for (let i = 0; i < set.length; i++) {
        const others = documentFrequency[set[i]] - ownFrequency;
        if (others >= 1 && others < options.maxFrequency) usable.push(set[i]);
      }
    }
    return usable.sort((x, y) => documentFrequency[x] - documentFrequency[y] || x - y).slice(0, count);
  };
  const keys = rarest([features.words, features.pairs], options.keysPerRecord);
  for (const key of rarest([features.title], options.titleKeysPerRecord)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

function holds(set: Int32Array, id: number): boolean {
  let low = 0;
  let high = set.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (set[middle] === id) return true;
    if (set[middle] < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * Whether a record probing with `keys` takes `other` as a candidate: `other` holds two of the
 * keys, or one that no third record holds. One shared word of middling rarity is how unrelated
 * records meet; copies share many.
 */
function finds(other: DuplicateFeatures, keys: readonly number[], documentFrequency: ArrayLike<number>): boolean {
  let held = 0;
  for (const key of keys) {
    if (!holds(other.words, key) && !holds(other.pairs, key)) continue;
    if (documentFrequency[key] <= 2 || ++held >= 2) return true;
  }
  return false;
}

/**
 * Calls `visit(i, j)` once for every candidate pair i < j of `records`: one takes the other as a
 * candidate by its keys (see `finds`). Memory grows with the records, not with the pairs.
 */
export function forEachCandidatePair(
  records: readonly DuplicateFeatures[],
  documentFrequency: ArrayLike<number>,
  options: BlockingOptions,
  visit: (i: number, j: number) => void,
): void {
  const keys = records.map((r) => blockingKeys(r, documentFrequency, options));
  const postings = new Map<number, number[]>();
  for (const list of keys) for (const key of list) postings.set(key, []);
  records.forEach((record, index) => {
    for (const set of [record.words, record.pairs]) {
      for (let k = 0; k < set.length; k++) postings.get(set[k])?.push(index);
    }
  });
  // Per record i probing: how many of its keys each other record holds, and the rarest of them.
  const stamp = new Int32Array(records.length).fill(-1);
  const held = new Int32Array(records.length);
  const rarest = new Int32Array(records.length);
  keys.forEach((list, i) => {
    const met: number[] = [];
    for (const key of list) {
      for (const j of postings.get(key)!) {
        if (j === i) continue;
        if (stamp[j] !== i) {
          stamp[j] = i;
          held[j] = 0;
          rarest[j] = documentFrequency[key];
          met.push(j);
        }
        held[j]++;
        rarest[j] = Math.min(rarest[j], documentFrequency[key]);
      }
    }
    for (const j of met) {
      if (held[j] < 2 && rarest[j] > 2) continue;
      // A pair both sides take is visited from the smaller index only.
      if (j > i) visit(i, j);
      else if (!finds(records[i], keys[j], documentFrequency)) visit(j, i);
    }
  });
}
