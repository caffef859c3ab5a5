import { addDays, addMonths, termEnd, type IsoDate } from './dates.js';

/**
 * The reports a task's contract calls for, generated from its term: periodic progress reports,
 * financial reports, and the final report; each with a due date and reminder dates.
 */
export type ReportCadence = {
  periodicEveryMonths: number;
  /** Days after a period's end that its progress report is due. */
  periodicDueDays: number;
  financialEveryMonths: number;
  financialDueDays: number;
  /** Days after the contract's last day that the final report is due (0: on that day). */
  finalDueDays: number;
  /** Reminders this many days before each due date. */
  reminderDaysBefore: readonly number[];
};

/** Progress every 6 months (due 15 days later), finances every 12 (due 30 days later), the final report by the end of the term. */
export const defaultReportCadence: ReportCadence = {
  periodicEveryMonths: 6,
  periodicDueDays: 15,
  financialEveryMonths: 12,
  financialDueDays: 30,
  finalDueDays: 0,
  reminderDaysBefore: [14, 3],
};

export const reportKinds = ['periodic', 'financial', 'final'] as const;
export type ReportKind = (typeof reportKinds)[number];

export type ContractTerm = { startOn: IsoDate; months: number };

/** `key` (kind-sequence) is stable, so a regenerated schedule updates rather than duplicates. */
export type ScheduledReport = {
  key: string;
  kind: ReportKind;
  sequence: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueOn: IsoDate;
  remindOn: IsoDate[];
};

function periods(term: ContractTerm, everyMonths: number): Array<{ start: IsoDate; end: IsoDate }> {
  const last = termEnd(term.startOn, term.months);
  const out: Array<{ start: IsoDate; end: IsoDate }> = [];
  for (let i = 0; i * everyMonths < term.months; i++) {
    const end = termEnd(term.startOn, Math.min((i + 1) * everyMonths, term.months));
    out.push({ start: addMonths(term.startOn, i * everyMonths), end: end < last ? end : last });
  }
  return out;
}

/**
 * The schedule, by due date. Progress reports cover every period that ends before the term
 * does (the final report covers the last one); financial reports cover every period, the last
 * one cut at the end of the term. Reminders falling before the contract starts are dropped.
 */
export function generateReportSchedule(term: ContractTerm, cadence: ReportCadence = defaultReportCadence): ScheduledReport[] {
  const last = termEnd(term.startOn, term.months);
  const report = (kind: ReportKind, sequence: number, periodStart: IsoDate, periodEnd: IsoDate, dueOn: IsoDate): ScheduledReport => ({
    key: `${kind}-${sequence}`,
    kind,
    sequence,
    periodStart,
    periodEnd,
    dueOn,
    remindOn: [...new Set(cadence.reminderDaysBefore.map((days) => addDays(dueOn, -days)))].filter((d) => d >= term.startOn).sort(),
  });
  const progress = periods(term, cadence.periodicEveryMonths)
    .filter((p) => p.end < last)
    .map((p, i) => report('periodic', i + 1, p.start, p.end, addDays(p.end, cadence.periodicDueDays)));
  const financial = periods(term, cadence.financialEveryMonths).map((p, i) =>
    report('financial', i + 1, p.start, p.end, addDays(p.end, cadence.financialDueDays)),
  );
  const final = report('final', 1, term.startOn, last, addDays(last, cadence.finalDueDays));
  return [...progress, ...financial, final].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || reportKinds.indexOf(a.kind) - reportKinds.indexOf(b.kind));
}

export type ReportStatus = 'upcoming' | 'due-soon' | 'overdue' | 'filed' | 'filed-late';

/** Where a report stands on `today`: due-soon from its first reminder, overdue (red) once the due date has passed unfiled. */
export function reportStatus(report: Pick<ScheduledReport, 'dueOn' | 'remindOn'>, filedOn: IsoDate | null, today: IsoDate): ReportStatus {
  if (filedOn !== null) return filedOn > report.dueOn ? 'filed-late' : 'filed';
  if (today > report.dueOn) return 'overdue';
  const firstReminder = report.remindOn[0] ?? report.dueOn;
  return today >= firstReminder ? 'due-soon' : 'upcoming';
}

/**
 * The reminder a daily job should send today for an unfiled report: the latest reminder date
 * reached and not yet sent (so a job that missed a day catches up once, not twice), or null.
 */
export function reminderToSend(
  report: Pick<ScheduledReport, 'dueOn' | 'remindOn'>,
  filedOn: IsoDate | null,
  today: IsoDate,
  lastSentOn: IsoDate | null,
): IsoDate | null {
  if (filedOn !== null || today > report.dueOn) return null;
  const reached = report.remindOn.filter((d) => d <= today && (lastSentOn === null || d > lastSentOn));
  return reached.length > 0 ? reached[reached.length - 1] : null;
}
