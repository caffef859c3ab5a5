import { addDays, type IsoDate } from '../programmes/dates.js';

/**
 * A survey campaign's reminder schedule as a provincial officer sets it: the day answers are due
 * (the deadline), "remind every N days" counted from the launch day, and "one more reminder
 * N days before the deadline". Either kind may be off (null); with no deadline nothing is sent.
 * Days are Viet Nam's calendar days.
 */
export type ReminderSchedule = {
  launchedOn: IsoDate;
  deadline: IsoDate | null;
  everyDays: number | null;
  daysBeforeDeadline: number | null;
};

/** The form's starting point: answers due in 30 days, a reminder every 7 days and one 3 days before the deadline. */
export const defaultReminderSchedule = { deadlineInDays: 30, everyDays: 7, daysBeforeDeadline: 3 } as const;

/** The scheduled reminder days on or before `until`, after the launch day and never after the deadline. */
function scheduledDays(s: ReminderSchedule, until: IsoDate): IsoDate[] {
  if (!s.deadline) return [];
  const last = until < s.deadline ? until : s.deadline;
  const days: IsoDate[] = [];
  if (s.everyDays) for (let day = addDays(s.launchedOn, s.everyDays); day <= last; day = addDays(day, s.everyDays)) days.push(day);
  if (s.daysBeforeDeadline) {
    const before = addDays(s.deadline, -s.daysBeforeDeadline);
    if (before > s.launchedOn && before <= last) days.push(before);
  }
  return days.sort();
}

/**
 * The scheduled reminder to send today, named by the day it was due, or null. `lastSentOn` is the
 * day the latest reminder of any kind went out (a manual one included): a scheduled day on or
 * before it is covered, so a late job sends one catch-up reminder, not one per missed day, and
 * a reminder sent by hand this morning stands for today's scheduled one. Past the deadline, none.
 */
export function reminderDue(s: ReminderSchedule, today: IsoDate, lastSentOn: IsoDate | null): IsoDate | null {
  if (!s.deadline || today > s.deadline) return null;
  const latest = scheduledDays(s, today).at(-1) ?? null;
  return latest && (!lastSentOn || latest > lastSentOn) ? latest : null;
}

/** The day the next reminder goes out (today when one is due and not yet sent), or null when none is left. */
export function nextReminder(s: ReminderSchedule, today: IsoDate, lastSentOn: IsoDate | null): IsoDate | null {
  const due = reminderDue(s, today, lastSentOn);
  if (due) return today;
  if (!s.deadline || today >= s.deadline) return null;
  return scheduledDays(s, s.deadline).find((day) => day > today) ?? null;
}
