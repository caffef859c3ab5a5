import type { Period, PeriodPoint } from './types.js';

/** Quarters are the finest unit of the time axis. */
export const QUARTERS_PER_YEAR = 4;

/** How many quarters one step of this point is: 1 for a quarter, 2 for a half, 4 for a whole year. */
function stepOf(point: PeriodPoint): 1 | 2 | 4 {
  if (point.quarter !== undefined) return 1;
  if (point.half !== undefined) return 2;
  return 4;
}

/** Quarters from the start of `originYear` to the beginning of the point. */
export function quarterAtStart(point: PeriodPoint, originYear: number): number {
  const within = point.quarter !== undefined ? point.quarter - 1 : point.half !== undefined ? (point.half - 1) * 2 : 0;
  return (point.year - originYear) * QUARTERS_PER_YEAR + within;
}

/** Quarters from the start of `originYear` to the end of the point (exclusive). */
export function quarterAtEnd(point: PeriodPoint, originYear: number): number {
  return quarterAtStart(point, originYear) + stepOf(point);
}

/** A period as a half-open range of quarters counted from the start of `originYear`. */
export function periodSpan(period: Period, originYear: number): { start: number; end: number } {
  return { start: quarterAtStart(period.start, originYear), end: quarterAtEnd(period.end, originYear) };
}

function pointAt(quarterIndex: number, step: 1 | 2 | 4): PeriodPoint {
  const year = Math.floor(quarterIndex / QUARTERS_PER_YEAR);
  const within = quarterIndex - year * QUARTERS_PER_YEAR;
  if (step === 4) return { year };
  if (step === 2) return { year, half: (within / 2 + 1) as 1 | 2 };
  return { year, quarter: (within + 1) as 1 | 2 | 3 | 4 };
}

/**
 * The period moved by `deltaQuarters` (a drag on the chart), rounded to the coarsest unit the
 * period is written in, so an item planned in whole years stays in whole years.
 */
export function shiftPeriod(period: Period, deltaQuarters: number): Period {
  const step = Math.max(stepOf(period.start), stepOf(period.end)) as 1 | 2 | 4;
  const delta = Math.round(deltaQuarters / step) * step;
  const move = (point: PeriodPoint) => pointAt(quarterAtStart(point, 0) + delta, stepOf(point));
  return { start: move(period.start), end: move(period.end) };
}

/** The same year and the same quarter or half. */
export function samePoint(a: PeriodPoint, b: PeriodPoint): boolean {
  return a.year === b.year && a.quarter === b.quarter && a.half === b.half;
}

/** The same start and end, written the same way. */
export function samePeriod(a: Period, b: Period): boolean {
  return samePoint(a.start, b.start) && samePoint(a.end, b.end);
}
