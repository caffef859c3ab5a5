/**
 * Features as small integers: comparing two records is then a merge of sorted integer arrays,
 * cheap enough for the hundreds of thousands of candidate pairs of a large file.
 */
export type Vocabulary = { readonly ids: Map<string, number>; readonly pairIds: Map<number, number>; readonly keys: string[] };

/** An empty vocabulary. */
export function newVocabulary(): Vocabulary {
  return { ids: new Map(), pairIds: new Map(), keys: [] };
}

/** The id of `key`, added on first sight. */
export function intern(vocabulary: Vocabulary, key: string): number {
  let id = vocabulary.ids.get(key);
  if (id === undefined) {
    id = vocabulary.keys.length;
    vocabulary.ids.set(key, id);
    vocabulary.keys.push(key);
  }
  return id;
}

// Word ids stay below this, so that two of them make one exact number (below 2^53).
const pairBase = 2 ** 26;

/**
 * The id of the pair of words `first` then `second` (ids), key "first second": looked up by
 * number, since a file holds millions of pair occurrences and building each key string is slow.
 */
export function internPair(vocabulary: Vocabulary, first: number, second: number): number {
  const code = first * pairBase + second;
  let id = vocabulary.pairIds.get(code);
  if (id === undefined) {
    id = intern(vocabulary, `${vocabulary.keys[first]} ${vocabulary.keys[second]}`);
    vocabulary.pairIds.set(code, id);
  }
  return id;
}

/** Unique ids, sorted ascending (the form every set operation here expects). */
export function uniqueSorted(ids: readonly number[]): Int32Array {
  const sorted = Int32Array.from(ids).sort();
  let size = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[size++] = sorted[i];
  return sorted.slice(0, size);
}

/**
 * How telling each feature is: BM25's idf, ln(1 + (N − df + ½) / (df + ½)), always positive, so a
 * word most records share weighs little and a word two records share weighs most. `documentFrequency`
 * is indexed by feature id; the catalogue (PostgreSQL) or the file being checked supplies it.
 */
export function idfWeights(documentFrequency: ArrayLike<number>, rows: number): Float64Array {
  const weights = new Float64Array(documentFrequency.length);
  for (let id = 0; id < weights.length; id++) {
    const df = Math.min(documentFrequency[id], rows);
    weights[id] = Math.log(1 + (rows - df + 0.5) / (df + 0.5));
  }
  return weights;
}

/** Sum of the weights of a set. */
export function weightOf(ids: Int32Array, weights: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < ids.length; i++) sum += weights[ids[i]];
  return sum;
}

/** Sum of the weights of the ids both sorted sets hold. */
export function sharedWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      sum += weights[a[i]];
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return sum;
}

/** The ids of sorted set `a` that sorted set `b` lacks. */
export function missingFrom(a: Int32Array, b: Int32Array): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j >= b.length || b[j] !== a[i]) out.push(a[i]);
  }
  return out;
}
