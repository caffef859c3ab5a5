import type { BudgetAmount } from './budget-lines.js';
import { budgetTotals, type BudgetTotals } from './budget-totals.js';
import type { IsoDate } from './dates.js';
import { reportStatus, type ScheduledReport } from './report-schedule.js';
import { taskStatuses, type TaskStatus } from './task-states.js';
import type { TransitionEntry } from './task-transitions.js';

/** Who proposed a task. */
export const taskOrigins = ['ministry', 'province', 'enterprise', 'agency-unit'] as const;
export type TaskOrigin = (typeof taskOrigins)[number];

type Amounts = ReadonlyArray<Pick<BudgetAmount, 'year' | 'source' | 'amountVnd'>>;

/** One task (or proposal) as the dashboard reads it: the server feeds these rows from its tables. */
export type ProgrammeTaskRecord = {
  id: string;
  origin: TaskOrigin;
  /** Its leading organisation (the proposer until one is chosen) is an enterprise. */
  enterpriseLed: boolean;
  sectorCode: string;
  provinceCode: string;
  /** Transitions in order (see decideTransition); a record without `submit` is a draft, not a proposal. */
  history: ReadonlyArray<Pick<TransitionEntry, 'action' | 'to' | 'at'>>;
  budget: { proposed: Amounts; appraised: Amounts | null; contracted: Amounts | null };
  reports: ReadonlyArray<Pick<ScheduledReport, 'dueOn' | 'remindOn'> & { filedOn: IsoDate | null }>;
};

type Breakdown = { proposals: number; tasks: number };
const byCode = (a: { code: string } & Breakdown, b: { code: string } & Breakdown) =>
  b.tasks - a.tasks || b.proposals - a.proposals || a.code.localeCompare(b.code);

export type ProgrammeFigures = {
  proposals: number;
  /** Proposals that reached a contract. */
  tasks: number;
  byStatus: Record<TaskStatus, number>;
  byOrigin: Array<{ origin: TaskOrigin } & Breakdown>;
  bySector: Array<{ code: string } & Breakdown>;
  byProvince: Array<{ code: string } & Breakdown>;
  /** Contracted budgets of the tasks. */
  budget: BudgetTotals;
  /** Of the state budget contracted, the share going to enterprise-led tasks; and the share of tasks they lead. */
  enterpriseShareOfState: number;
  enterpriseShareOfTasks: number;
  year: {
    year: number;
    submitted: number;
    toCouncil: number;
    appraised: { count: number; totalVnd: number; stateVnd: number; enterpriseLed: { count: number; totalVnd: number; stateVnd: number } };
    contracted: number;
    inspected: number;
    accepted: number;
    reportsFiled: number;
  };
  acceptedToDate: number;
  /** Reports of tasks under way (in progress or in acceptance): within their reminder window, and past due. */
  reports: { dueSoon: number; overdue: number; tasksWithOverdue: number };
};

const sumAmounts = (amounts: Amounts, source?: 'state') => amounts.reduce((sum, a) => (source && a.source !== source ? sum : sum + a.amountVnd), 0);

/**
 * The programme dashboard's figures, computed from task records as they stood at `asOf`
 * (later transitions and filings are ignored), with the activity of calendar year `year`.
 */
export function programmeFigures(records: readonly ProgrammeTaskRecord[], options: { year: number; asOf: Date }): ProgrammeFigures {
  const asOf = options.asOf.getTime();
  const today = options.asOf.toISOString().slice(0, 10);
  const inYear = (at: Date) => at.getUTCFullYear() === options.year && at.getTime() <= asOf;
  const rows = records
    .map((record) => ({ record, history: record.history.filter((e) => e.at.getTime() <= asOf) }))
    .filter((r) => r.history.some((e) => e.action === 'submit'));
  const did = (history: (typeof rows)[number]['history'], action: TransitionEntry['action'], when: (at: Date) => boolean = () => true) =>
    history.some((e) => e.action === action && when(e.at));
  const isTask = (r: (typeof rows)[number]) => did(r.history, 'sign-contract');
  const tasks = rows.filter(isTask);

  const byStatus = Object.fromEntries(taskStatuses.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const r of rows) byStatus[r.history[r.history.length - 1].to]++;
  const breakdown = (key: (r: ProgrammeTaskRecord) => string) => {
    const out = new Map<string, Breakdown>();
    for (const r of rows) {
      const entry = out.get(key(r.record)) ?? { proposals: 0, tasks: 0 };
      entry.proposals++;
      if (isTask(r)) entry.tasks++;
      out.set(key(r.record), entry);
    }
    return [...out].map(([code, counts]) => ({ code, ...counts })).sort(byCode);
  };

  const origins = breakdown((r) => r.origin);
  const contracted = tasks.map((r) => ({ r, amounts: r.record.budget.contracted ?? [] }));
  const state = contracted.reduce((sum, c) => sum + sumAmounts(c.amounts, 'state'), 0);
  const enterpriseState = contracted.filter((c) => c.r.record.enterpriseLed).reduce((sum, c) => sum + sumAmounts(c.amounts, 'state'), 0);
  const appraisedRows = rows.filter((r) => did(r.history, 'approve-appraisal', inYear));
  const appraisedSums = (list: typeof rows) => ({
    count: list.length,
    totalVnd: list.reduce((sum, r) => sum + sumAmounts(r.record.budget.appraised ?? []), 0),
    stateVnd: list.reduce((sum, r) => sum + sumAmounts(r.record.budget.appraised ?? [], 'state'), 0),
  });

  const underWay = rows.filter((r) => ['in-progress', 'acceptance'].includes(r.history[r.history.length - 1].to));
  const statuses = underWay.map((r) =>
    r.record.reports.map((report) => reportStatus(report, report.filedOn !== null && report.filedOn <= today ? report.filedOn : null, today)),
  );

  return {
    proposals: rows.length,
    tasks: tasks.length,
    byStatus,
    byOrigin: taskOrigins.map((origin) => {
      const found = origins.find((b) => b.code === origin);
      return { origin, proposals: found?.proposals ?? 0, tasks: found?.tasks ?? 0 };
    }),
    bySector: breakdown((r) => r.sectorCode),
    byProvince: breakdown((r) => r.provinceCode),
    budget: budgetTotals(contracted.flatMap((c) => c.amounts)),
    enterpriseShareOfState: state === 0 ? 0 : enterpriseState / state,
    enterpriseShareOfTasks: tasks.length === 0 ? 0 : tasks.filter((r) => r.record.enterpriseLed).length / tasks.length,
    year: {
      year: options.year,
      submitted: rows.filter((r) => inYear((r.history.find((e) => e.action === 'submit') as { at: Date }).at)).length,
      toCouncil: rows.filter((r) => did(r.history, 'send-to-council', inYear)).length,
      appraised: { ...appraisedSums(appraisedRows), enterpriseLed: appraisedSums(appraisedRows.filter((r) => r.record.enterpriseLed)) },
      contracted: rows.filter((r) => did(r.history, 'sign-contract', inYear)).length,
      inspected: rows.filter((r) => did(r.history, 'record-inspection', inYear)).length,
      accepted: rows.filter((r) => did(r.history, 'record-acceptance', inYear)).length,
      reportsFiled: rows.reduce(
        (sum, r) => sum + r.record.reports.filter((p) => p.filedOn !== null && p.filedOn <= today && Number(p.filedOn.slice(0, 4)) === options.year).length,
        0,
      ),
    },
    acceptedToDate: rows.filter((r) => did(r.history, 'record-acceptance')).length,
    reports: {
      dueSoon: statuses.flat().filter((s) => s === 'due-soon').length,
      overdue: statuses.flat().filter((s) => s === 'overdue').length,
      tasksWithOverdue: statuses.filter((list) => list.includes('overdue')).length,
    },
  };
}
