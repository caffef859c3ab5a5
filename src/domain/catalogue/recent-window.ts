/**
 * A catalogue's publication dates as ANALYZE's histogram sees them: the bounds of its buckets
 * (ascending, as epoch seconds), each bucket holding the same share of `datedRows`; and the
 * table's rows and pages when the statistics were gathered.
 */
export type DateHistogram = { bounds: readonly number[]; datedRows: number; gatheredRows: number; gatheredPages: number };

/** A window is sized to hold a quarter more matches than wanted: densities vary through a catalogue. */
const WINDOW_MARGIN = 1.25;

/**
 * The publication date from which about `rows` of the newest records are on or after it (epoch
 * seconds), or null for the whole catalogue: when the window would hold half of it or more (it
 * would cost nearly as much to read), or there are no statistics to say. Records published since
 * the statistics were gathered fall in the window too.
 */
export function windowStart(histogram: DateHistogram | null, rows: number): number | null {
  const buckets = (histogram?.bounds.length ?? 0) - 1;
  if (!histogram || buckets < 1 || rows * 2 >= histogram.datedRows) return null;
  const back = Math.ceil(rows / (histogram.datedRows / buckets));
  return back >= buckets ? null : histogram.bounds[buckets - back]!;
}

/**
 * The first window's size: large enough to hold `wanted` matches if the query matched as large a
 * share of the records as its words' statistics allow (`share`, a bound: queryShareBound), and at
 * least `least`. A window that cannot hold them is read for nothing before a wider one.
 */
export function firstWindow(least: number, wanted: number, share: number): number {
  if (share <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(least, Math.ceil((wanted * WINDOW_MARGIN) / share));
}

/**
 * The next window's size when a window of `rows` held only `found` of the `wanted` matches: as
 * many rows as should hold them at the density seen, with a margin, and at least twice as many.
 * A window that held none says nothing of the density: the next is the whole catalogue.
 */
export function widerWindow(rows: number, found: number, wanted: number): number {
  if (found === 0) return Number.POSITIVE_INFINITY;
  return Math.ceil(Math.max((rows * wanted * WINDOW_MARGIN) / found, rows * 2));
}

/**
 * About how many rows were written since the statistics were gathered: the table's pages now, at
 * the rows per page then (as the planner reckons a table's size).
 */
export function rowsSinceGathered(histogram: DateHistogram, tablePages: number): number {
  if (histogram.gatheredPages <= 0) return 0;
  return Math.max(0, Math.round((histogram.gatheredRows * tablePages) / histogram.gatheredPages - histogram.gatheredRows));
}

/**
 * The share of the dated records published on or after `since` (epoch seconds), by the histogram:
 * the records of the bucket holding it taken as spread evenly through it, and the `newRows`
 * written since the statistics were gathered taken as newer than any.
 */
export function shareSince(histogram: DateHistogram, since: number, newRows: number): number {
  const { bounds, datedRows } = histogram;
  const buckets = bounds.length - 1;
  if (buckets < 1 || datedRows + newRows <= 0) return 1;
  let bucketsAfter = 0;
  for (let i = 0; i < buckets; i++) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    if (since <= from) bucketsAfter += 1;
    else if (since < to) bucketsAfter += (to - since) / (to - from);
  }
  return ((bucketsAfter * datedRows) / buckets + newRows) / (datedRows + newRows);
}

const WEEK = 7 * 86_400;
/** How far ahead of this process's clock another server process's may be when it publishes. */
const CLOCK_SLACK = 86_400;

/**
 * Where a window ends (epoch seconds): after every record the statistics saw and every record
 * published since, which is dated by a server's clock when published (`now`, give or take the
 * slack between servers' clocks). So the histogram may be kept for minutes without a window
 * leaving out what was published meanwhile.
 */
export function windowEnd(histogram: DateHistogram, now: number): number {
  return Math.max(histogram.bounds.at(-1) ?? 0, now + CLOCK_SLACK);
}

/** A window of more weeks than this is not worth naming week by week: the catalogue is small for its age. */
const MAX_WEEKS = 520;

/**
 * The publication weeks (weeks since 1970, as the title index holds them) from the one holding
 * `start` to the one holding `end`, or null when they are too many to name.
 */
export function windowWeeks(start: number, end: number): number[] | null {
  const [first, last] = [Math.floor(start / WEEK), Math.floor(end / WEEK)];
  if (last - first + 1 > MAX_WEEKS) return null;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/**
 * A window of the newest records: the publication weeks it names, when the first of them starts
 * (epoch seconds), and how many dated records the histogram puts in it (more than asked for: it
 * starts at the beginning of a week).
 */
export type WeekWindow = { weeks: number[]; since: number; rows: number };

/** The window of about `rows` of the newest records and all published since, at `now` (epoch seconds); null for the whole catalogue. */
export function recentWindow(histogram: DateHistogram | null, rows: number, now: number): WeekWindow | null {
  const start = windowStart(histogram, rows);
  const weeks = start === null || !histogram ? null : windowWeeks(start, windowEnd(histogram, now));
  if (!histogram || !weeks?.length) return null;
  const since = weeks[0]! * WEEK;
  return { weeks, since, rows: Math.max(rows, shareSince(histogram, since, 0) * histogram.datedRows) };
}
