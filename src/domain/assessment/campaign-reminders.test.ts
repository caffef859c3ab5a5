import { describe, expect, it } from 'vitest';
import { nextReminder, reminderDue, type ReminderSchedule } from './campaign-reminders.js';

// Launched Monday 2 March 2026, answers due Tuesday 31 March: every 7 days → 9, 16, 23, 30 March;
// 3 days before the deadline → 28 March.
const schedule: ReminderSchedule = { launchedOn: '2026-03-02', deadline: '2026-03-31', everyDays: 7, daysBeforeDeadline: 3 };

describe('which campaign reminder is due', () => {
  it('sends nothing on the launch day nor before the first interval has passed', () => {
    expect(reminderDue(schedule, '2026-03-02', null)).toBeNull();
    expect(reminderDue(schedule, '2026-03-08', null)).toBeNull();
  });

  it('sends the reminder due today once: after it went out the same day, nothing more is due', () => {
    expect(reminderDue(schedule, '2026-03-09', null)).toBe('2026-03-09');
    expect(reminderDue(schedule, '2026-03-09', '2026-03-09')).toBeNull();
    expect(reminderDue(schedule, '2026-03-15', '2026-03-09')).toBeNull();
    expect(reminderDue(schedule, '2026-03-16', '2026-03-09')).toBe('2026-03-16');
  });

  it('catches up with one reminder, the latest missed, when the job did not run for days', () => {
    expect(reminderDue(schedule, '2026-03-25', '2026-03-09')).toBe('2026-03-23');
  });

  it('adds the reminder a few days before the deadline between two regular ones', () => {
    expect(reminderDue(schedule, '2026-03-28', '2026-03-23')).toBe('2026-03-28');
    expect(reminderDue(schedule, '2026-03-30', '2026-03-28')).toBe('2026-03-30');
  });

  it('counts a reminder sent by hand: the scheduled one of that day or earlier is covered', () => {
    expect(reminderDue(schedule, '2026-03-16', '2026-03-16')).toBeNull();
    expect(reminderDue(schedule, '2026-03-17', '2026-03-16')).toBeNull();
  });

  it('stops after the deadline, and without a deadline or with both kinds off', () => {
    expect(reminderDue(schedule, '2026-04-01', '2026-03-23')).toBeNull();
    expect(reminderDue({ ...schedule, deadline: null }, '2026-03-09', null)).toBeNull();
    expect(reminderDue({ ...schedule, everyDays: null, daysBeforeDeadline: null }, '2026-03-30', null)).toBeNull();
  });

  it('with only "N days before the deadline", sends that one alone, and none when it falls before the launch', () => {
    const once = { ...schedule, everyDays: null };
    expect(reminderDue(once, '2026-03-27', null)).toBeNull();
    expect(reminderDue(once, '2026-03-28', null)).toBe('2026-03-28');
    expect(reminderDue({ ...once, daysBeforeDeadline: 29 }, '2026-03-31', null)).toBeNull();
  });
});

describe('the next campaign reminder', () => {
  it('is today when one is due and not yet sent, else the next scheduled day', () => {
    expect(nextReminder(schedule, '2026-03-02', null)).toBe('2026-03-09');
    expect(nextReminder(schedule, '2026-03-09', null)).toBe('2026-03-09');
    expect(nextReminder(schedule, '2026-03-09', '2026-03-09')).toBe('2026-03-16');
    expect(nextReminder(schedule, '2026-03-24', '2026-03-23')).toBe('2026-03-28');
  });

  it('is none once the last one went out, after the deadline, or with no schedule', () => {
    expect(nextReminder(schedule, '2026-03-30', '2026-03-30')).toBeNull();
    expect(nextReminder(schedule, '2026-04-02', null)).toBeNull();
    expect(nextReminder({ ...schedule, everyDays: null, daysBeforeDeadline: null }, '2026-03-02', null)).toBeNull();
  });
});
