import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, termEnd, termYears } from './dates.js';
import { generateReportSchedule, reminderToSend, reportStatus } from './report-schedule.js';

describe('contract dates', () => {
  it('adds months clamped to the month end and knows the last day of a term', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2019-11-15', 3)).toBe('2020-02-15');
    expect(termEnd('2019-03-01', 24)).toBe('2021-02-28');
    expect(termYears('2019-01-01', 12)).toEqual({ firstYear: 2019, lastYear: 2019 });
    expect([isIsoDate('2019-02-29'), isIsoDate('2020-02-29'), isIsoDate('2020-2-9')]).toEqual([false, true, false]);
  });
});

describe('report schedule', () => {
  it('generates progress, financial and final reports from a two-year contract', () => {
    const schedule = generateReportSchedule({ startOn: '2019-07-01', months: 24 });
    expect(schedule.map((r) => [r.key, r.periodStart, r.periodEnd, r.dueOn])).toEqual([
      ['periodic-1', '2019-07-01', '2019-12-31', '2020-01-15'],
      ['periodic-2', '2020-01-01', '2020-06-30', '2020-07-15'],
      ['financial-1', '2019-07-01', '2020-06-30', '2020-07-30'],
      ['periodic-3', '2020-07-01', '2020-12-31', '2021-01-15'],
      ['final-1', '2019-07-01', '2021-06-30', '2021-06-30'],
      ['financial-2', '2020-07-01', '2021-06-30', '2021-07-30'],
    ]);
    expect(schedule[0].remindOn).toEqual(['2020-01-01', '2020-01-12']);
  });

  it('cuts the last financial period at the end of a term that is not a whole number of periods', () => {
    const cadence = { periodicEveryMonths: 6, periodicDueDays: 10, financialEveryMonths: 12, financialDueDays: 30, finalDueDays: 30, reminderDaysBefore: [7] };
    const schedule = generateReportSchedule({ startOn: '2019-03-01', months: 15 }, cadence);
    expect(schedule.filter((r) => r.kind !== 'periodic').map((r) => [r.key, r.periodEnd, r.dueOn])).toEqual([
      ['financial-1', '2020-02-29', '2020-03-30'],
      ['financial-2', '2020-05-31', '2020-06-30'],
      ['final-1', '2020-05-31', '2020-06-30'],
    ]);
    expect(schedule.filter((r) => r.kind === 'periodic').map((r) => r.periodEnd)).toEqual(['2019-08-31', '2020-02-29']);
  });

  it('shows a report due soon from its first reminder, overdue after its due date, and late when filed late', () => {
    const report = { dueOn: '2020-01-15', remindOn: ['2020-01-01', '2020-01-12'] };
    expect(reportStatus(report, null, '2019-12-31')).toBe('upcoming');
    expect(reportStatus(report, null, '2020-01-01')).toBe('due-soon');
    expect(reportStatus(report, null, '2020-01-15')).toBe('due-soon');
    expect(reportStatus(report, null, '2020-01-16')).toBe('overdue');
    expect(reportStatus(report, '2020-01-20', '2020-02-01')).toBe('filed-late');
    expect(reportStatus(report, '2020-01-10', '2020-02-01')).toBe('filed');
  });

  it('sends each reminder once, catching up after a missed day, and none once filed', () => {
    const report = { dueOn: '2020-01-15', remindOn: ['2020-01-01', '2020-01-12'] };
    expect(reminderToSend(report, null, '2019-12-31', null)).toBeNull();
    expect(reminderToSend(report, null, '2020-01-02', null)).toBe('2020-01-01');
    expect(reminderToSend(report, null, '2020-01-05', '2020-01-01')).toBeNull();
    expect(reminderToSend(report, null, '2020-01-14', '2020-01-01')).toBe('2020-01-12');
    expect(reminderToSend(report, '2020-01-13', '2020-01-14', '2020-01-01')).toBeNull();
  });
});
