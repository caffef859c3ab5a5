import { z } from 'zod';

/** Longest gap between two regular reminders, and the furthest ahead of the deadline one may go. */
export const REMIND_DAYS_MAX = 60;

const remindDays = z.number().int().min(1).max(REMIND_DAYS_MAX).nullable();

/**
 * A campaign's reminder schedule as its form sends it: the day answers are due, "every N days"
 * from the launch and "N days before the deadline" (null turns either off; reminders need a deadline).
 */
export const ReminderScheduleFields = {
  deadline: z.iso.date().nullable().default(null),
  remindEveryDays: remindDays.default(null),
  remindDaysBeforeDeadline: remindDays.default(null),
};

/** Changing the schedule of a running campaign; `version` is the one the editor read. */
export const ReminderScheduleUpdate = z
  .object({ deadline: z.iso.date().nullable(), remindEveryDays: remindDays, remindDaysBeforeDeadline: remindDays, version: z.number().int().min(1) })
  .meta({ id: 'AssessmentCampaignReminderSchedule' });
export type ReminderScheduleUpdate = z.infer<typeof ReminderScheduleUpdate>;

/** What the campaign page shows of its reminders: the schedule, the last one sent (when, by hand or not, to how many) and the next. */
export const CampaignReminders = z
  .object({
    deadline: z.string().nullable(),
    remindEveryDays: z.number().nullable(),
    remindDaysBeforeDeadline: z.number().nullable(),
    last: z.object({ sentAt: z.string(), manual: z.boolean(), organisations: z.number(), people: z.number() }).nullable(),
    /** The day the next scheduled reminder goes out (Viet Nam's calendar), or null when none is left. */
    nextOn: z.string().nullable(),
    /** Enterprises a reminder would reach now: invited or started, not yet submitted. */
    pending: z.number(),
    canManage: z.boolean(),
  })
  .meta({ id: 'AssessmentCampaignReminders' });

/** A reminder sent by hand: how many enterprises and people it reached. */
export const ReminderSent = z.object({ sentAt: z.string(), organisations: z.number(), people: z.number() }).meta({ id: 'AssessmentCampaignReminderSent' });
