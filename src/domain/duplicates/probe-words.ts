/**
 * The words a record being written fetches its likely duplicates by from a catalogue's text index,
 * and how much each counts when ranking what it fetched. A re-entered copy keeps most of its
 * original's rare words (names, models, places, materials): the catalogue's records that share two
 * of the record's rarest words hold the original, and few others do.
 */

/** How many records of a catalogue hold each word, as far as the database's statistics know. */
export type WordCounts = {
  /** Records in the catalogue. */
  rows: number;
  /** Records holding a word, for the words the statistics list; a word they do not list is rarer than any they do. */
  held: ReadonlyMap<string, number>;
};

/** A word fetched by: how many records hold it, how telling it is, and the other words fetched by that stand next to it in the text. */
export type ProbeWord = { word: string; held: number; weight: number; mates: string[] };

/** Words fetched by at most, and at most this many of them from the title and keywords. */
const PROBE_WORDS = 8;
const TITLE_WORDS = 5;
/**
 * A word more records hold than this share of the catalogue (or than COMMON_ROWS, in a small one)
 * is too common to fetch by: two such words meet in many records by chance, each a row to rank.
 */
const COMMON_SHARE = 0.02;
const COMMON_ROWS = 200;
/**
 * Records fetched are records ranked: a set of words is fetched by when about this many records
 * at most would hold all of them by chance (their shares multiplied, times the catalogue), and a
 * single word when at most LONE_ROWS records hold it.
 */
const CHANCE_ROWS = 5;
const LONE_ROWS = 50;

/** A word as the text index holds it and worth fetching by: letters or digits, not a number alone. */
const fetchable = (word: string) => /^[a-z0-9]{2,}$/.test(word) && !/^\d+$/.test(word);

/**
 * How many records hold a word: the statistics' count, or for a word they do not list, half the
 * fewest they list (they list every word held by more records than that); ½ when they list none.
 */
function heldCount(counts: WordCounts): (word: string) => number {
  let fewest = Infinity;
  for (const held of counts.held.values()) fewest = Math.min(fewest, held);
  const unlisted = Number.isFinite(fewest) ? Math.max(fewest / 2, 0.5) : 0.5;
  return (word) => counts.held.get(word) ?? unlisted;
}

/** The words next to each word in the texts (word sequences in text order). */
function neighboursIn(texts: readonly (readonly string[])[]): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = next.get(a) ?? new Set<string>();
    set.add(b);
    next.set(a, set);
  };
  for (const text of texts)
    for (let i = 1; i < text.length; i++) {
      add(text[i - 1]!, text[i]!);
      add(text[i]!, text[i - 1]!);
    }
  return next;
}

/**
 * The words to fetch candidates by, with how many records hold each and how telling it is (ln of
 * the share's inverse: a word one record in a thousand holds weighs about 7, one in ten about 2).
 * `titleWords` and `otherWords` are the folded words of the title and keywords and of the rest, in
 * text order. The rarest of the title first (a copy keeps its title more often than its
 * description), then the rarest of the rest; none held by more than the common share. A word next
 * to one already taken ("mam" after "nuoc") is taken only when words run out: the two say one
 * thing, and records hold them together far more often than chance. Rarest alone would pick words
 * only the fullest version holds, and miss a copy that shortened the description.
 */
export function probeWords(titleWords: readonly string[], otherWords: readonly string[], counts: WordCounts): ProbeWord[] {
  const rows = Math.max(counts.rows, 1);
  const common = Math.max(COMMON_ROWS, COMMON_SHARE * rows);
  const heldBy = heldCount(counts);
  const neighbours = neighboursIn([titleWords, otherWords]);
  const rarest = (words: readonly string[]) =>
    [...new Set(words)]
      .filter((w) => fetchable(w) && heldBy(w) <= common)
      .sort((a, b) => heldBy(a) - heldBy(b) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const taken: string[] = [];
  const take = (words: string[], upTo: number) => {
    const apart = words.filter((w) => !taken.includes(w));
    for (const w of apart) if (taken.length < upTo && !taken.some((t) => neighbours.get(w)?.has(t))) taken.push(w);
    for (const w of apart) if (taken.length < upTo && !taken.includes(w)) taken.push(w);
  };
  take(rarest(titleWords), TITLE_WORDS);
  take(rarest([...titleWords, ...otherWords]), PROBE_WORDS);
  return taken
    .sort((a, b) => heldBy(a) - heldBy(b) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((word) => ({
      word,
      held: heldBy(word),
      weight: Math.max(0, Math.log(rows / Math.min(heldBy(word), rows))),
      mates: taken.filter((t) => neighbours.get(word)?.has(t)),
    }));
}

/**
 * The sets of the words that fetch a record holding all of one of them: each single word held by
 * LONE_ROWS records at most, and each smallest set of two or more that about CHANCE_ROWS records
 * at most would hold together by chance. A re-entered copy shares most of its original's words, so
 * it holds several such sets; an unrelated record that shares a word or two of middling rarity,
 * what the old any-two-words rule fetched by the hundred, holds none. When no set is that rare (a
 * record of common words only), all the words together.
 */
export function fetchSets(words: readonly ProbeWord[], rows: number): string[][] {
  const catalogue = Math.max(rows, 1);
  const sets: string[][] = [];
  const found: ProbeWord[][] = [];
  const contains = (set: ProbeWord[], other: ProbeWord[]) => other.every((w) => set.includes(w));
  // Sets grow in word order (rarest first); a set that is rare enough is not grown further.
  const grow = (start: number, chosen: ProbeWord[], chance: number) => {
    for (let i = start; i < words.length; i++) {
      const set = [...chosen, words[i]!];
      // A word next to one of the set in the text adds nothing to its rarity: records hold the two together.
      const share = chosen.some((w) => w.mates.includes(words[i]!.word)) ? 1 : Math.min(words[i]!.held / catalogue, 1);
      const together = chance * share;
      const enough = set.length === 1 ? words[i]!.held <= LONE_ROWS : together <= CHANCE_ROWS;
      if (enough) {
        if (!found.some((f) => contains(set, f))) found.push(set);
      } else grow(i + 1, set, together);
    }
  };
  grow(0, [], catalogue);
  // A set found before a smaller one inside it is left out: the smaller one fetches all it does.
  for (const set of found) if (!found.some((f) => f !== set && f.length < set.length && contains(set, f))) sets.push(set.map((w) => w.word));
  if (sets.length === 0 && words.length > 0) sets.push(words.map((w) => w.word));
  return sets;
}

/** The sets as a text-search query: a record matches when it holds every word of one of them. */
export function setsQuery(sets: readonly (readonly string[])[]): string {
  return sets.map((set) => (set.length === 1 ? set[0] : `(${set.join(' & ')})`)).join(' | ');
}
