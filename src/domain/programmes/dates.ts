/**
 * Calendar dates as ISO strings (YYYY-MM-DD), compared as strings: due dates and contract terms
 * are days, not instants, so they must not shift with the server's time zone.
 */
export type IsoDate = string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2019-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const parts = isoDate.exec(value);
  if (!parts) return false;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return date.toISOString().slice(0, 10) === value;
}

const toUtc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const fromUtc = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** The date `days` later (or earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * 86_400_000));
}

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = toUtc(date);
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** The last day of a term of `months` starting on `start` (a 24-month term from 2019-03-01 ends 2021-02-28). */
export function termEnd(start: IsoDate, months: number): IsoDate {
  return addDays(addMonths(start, months), -1);
}

/** The calendar years a term touches, for checking budget lines. */
export function termYears(start: IsoDate, months: number): { firstYear: number; lastYear: number } {
  return { firstYear: yearOf(start), lastYear: yearOf(termEnd(start, months)) };
}
