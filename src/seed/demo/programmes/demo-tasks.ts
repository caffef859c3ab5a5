import { addDays, addMonths, termEnd, yearOf, type IsoDate } from '../../../domain/programmes/dates.js';
import type { ProgrammeTaskRecord, TaskOrigin } from '../../../domain/programmes/programme-figures.js';
import { generateReportSchedule, type ContractTerm, type ScheduledReport } from '../../../domain/programmes/report-schedule.js';
import type { TaskAction } from '../../../domain/programmes/task-states.js';
import type { TransitionEntry } from '../../../domain/programmes/task-transitions.js';
import { seededRandom, type Random } from '../generate/random.js';
import { contractedBudget, inflated, proposalBudget, type DemoAmount } from './demo-budgets.js';
import { splitExact } from './split-exact.js';
import { demoProvinceCodes, pickTheme } from './task-themes.js';
import { appraisalToContract, assignment, backward, between, forward, play, toCouncil, type Step } from './timelines.js';

/**
 * Demo records of the National Technology Innovation Programme up to the end of 2019, built so
 * that the dashboard computes the agency's 2019 review figures (seed-facts.md) from them: 47
 * contracted tasks out of 298 proposals, 1,352 bn VND contracted of which 430 bn from the state
 * budget, 68% of it to enterprise-led tasks; in 2019 16 proposals went to councils, 11
 * enterprise-led projects were appraised at 528 bn (130 bn state), 18 tasks were inspected and
 * 19 accepted. Pure data: the seed loader writes them.
 */
export type DemoProgrammeTask = ProgrammeTaskRecord & {
  title: string;
  history: TransitionEntry[];
  contract: ContractTerm | null;
  budget: { proposed: DemoAmount[]; appraised: DemoAmount[] | null; contracted: DemoAmount[] | null };
  reports: Array<ScheduledReport & { filedOn: IsoDate | null }>;
};

export const DEMO_PROGRAMME_AS_OF = new Date('2019-12-31T23:59:59Z');
const lastDay = '2019-12-31';

/** The figures the demo reproduces (billions as VND). */
export const programme2019 = {
  proposals: 298,
  tasks: 47,
  totalVnd: 1_352_000_000_000,
  stateVnd: 430_000_000_000,
  enterpriseShareOfState: 0.68,
  toCouncil: 16,
  appraisedEnterpriseLed: { count: 11, totalVnd: 528_000_000_000, stateVnd: 130_000_000_000 },
  inspected: 18,
  accepted: 19,
};

type Contracted = { group: 'A' | 'B' | 'C' | 'D'; enterpriseLed: boolean; steps: Step[]; term: ContractTerm; overdue?: boolean; endsOn?: IsoDate };

const fullPath = (random: Random): TaskAction[] => [...toCouncil, 'identify', ...assignment(random), ...appraisalToContract];
const laterOf = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

function inspections(random: Random, signOn: IsoDate, years: number[], chance: number): Step[] {
  return years.flatMap((year) => {
    const from = laterOf(`${year}-01-01`, addDays(signOn, 30));
    return from <= `${year}-12-31` && random.chance(chance) ? [{ action: 'record-inspection' as const, on: between(random, from, `${year}-12-31`) }] : [];
  });
}
const yearsBetween = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** 11 enterprise projects: council in 2018, appraised and contracted in 2019. */
function appraisedIn2019(random: Random): Contracted {
  const early = forward(random, between(random, '2017-09-01', '2017-12-20'), ['submit', 'declare-admissible'], [20, 40]);
  const council = forward(random, between(random, '2018-02-01', '2018-06-30'), ['send-to-council', 'identify', ...assignment(random)], [20, 45]);
  const late = forward(random, between(random, '2019-01-10', '2019-04-30'), appraisalToContract, [30, 60]);
  return { group: 'A', enterpriseLed: true, steps: [...early, ...council, ...late], term: { startOn: late[2].on, months: random.pick([24, 30, 36]) } };
}

/** 19 tasks contracted in 2014–2016 and accepted in 2019 (the first two inspected in 2019 too); twelve closed. */
function acceptedIn2019(random: Random, i: number): Contracted {
  const end = i < 2 ? between(random, '2019-03-01', '2019-05-31') : between(random, '2018-06-01', '2019-05-31');
  const months = random.pick([36, 42, 48]);
  const term = { startOn: addMonths(addDays(end, 1), -months), months };
  const steps = [
    ...backward(random, term.startOn, fullPath(random), [20, 60]),
    ...inspections(random, term.startOn, yearsBetween(yearOf(term.startOn) + 1, 2018), 0.7),
  ];
  if (i < 2) steps.push({ action: 'record-inspection', on: between(random, '2019-01-15', '2019-02-28') });
  const request = i < 2 ? addDays(end, random.int(1, 60)) : laterOf(addDays(end, random.int(1, 60)), between(random, '2019-01-05', '2019-03-31'));
  const accepted = addDays(request, random.int(30, 90));
  steps.push(
    { action: 'request-acceptance', on: request },
    { action: 'record-acceptance', on: accepted, rating: random.chance(0.25) ? 'excellent' : 'satisfactory' },
  );
  if (i < 12) steps.push({ action: 'close', on: addDays(accepted, random.int(20, 40)) });
  return { group: 'B', enterpriseLed: i < 12, steps, term };
}

/** 16 tasks contracted in 2016–2018, still under way, each inspected in 2019; three have an overdue report. */
function inProgress(random: Random, i: number): Contracted {
  const signOn = between(random, '2016-06-01', '2018-10-31');
  const months = [30, 36, 42, 48, 54, 60].find((m) => termEnd(signOn, m) > '2020-01-31') ?? 60;
  const steps = [...backward(random, signOn, fullPath(random), [20, 60]), ...inspections(random, signOn, yearsBetween(yearOf(signOn) + 1, 2018), 0.5)];
  const visits = random.chance(0.4) ? 2 : 1;
  for (let v = 0; v < visits; v++) steps.push({ action: 'record-inspection', on: between(random, '2019-02-01', '2019-11-30') });
  return { group: 'C', enterpriseLed: i < 9, steps, term: { startOn: signOn, months }, overdue: i < 3 };
}

/** One institute's task, terminated in 2018 when its counterpart funds failed. */
function terminated(random: Random): Contracted {
  const steps: Step[] = [
    ...backward(random, '2016-03-15', fullPath(random), [20, 60]),
    { action: 'record-inspection', on: '2017-05-10' },
    { action: 'terminate', on: '2018-05-20' },
  ];
  return { group: 'D', enterpriseLed: false, steps, term: { startOn: '2016-03-15', months: 36 }, endsOn: '2018-05-20' };
}

function filedOn(random: Random, report: ScheduledReport, leaveOpen: boolean): IsoDate | null {
  if (report.dueOn > lastDay || leaveOpen) return null;
  const late = addDays(report.dueOn, random.int(5, 30));
  return random.chance(0.1) && late <= lastDay ? late : addDays(report.dueOn, -random.int(0, 10));
}

function reportsOf(random: Random, task: Contracted): DemoProgrammeTask['reports'] {
  const schedule = generateReportSchedule(task.term).filter((r) => !task.endsOn || r.dueOn <= task.endsOn);
  const open = task.overdue ? [...schedule].reverse().find((r) => r.dueOn <= '2019-12-20') : undefined;
  return schedule.map((r) => ({ ...r, filedOn: filedOn(random, r, r === open) }));
}

/** Contracted totals and state shares, in 0.1 bn units, per group of tasks (exact sums, random spread). */
function spread(random: Random, count: number, totalUnits: number, stateUnits: number): Array<[number, number]> {
  const totals = splitExact(
    totalUnits,
    Array.from({ length: count }, () => random.int(50, 200)),
  );
  const states = splitExact(
    stateUnits,
    totals.map((t) => t * random.int(85, 115)),
  );
  return totals.map((t, i) => [t, states[i]]);
}

function originOf(random: Random, enterpriseLed: boolean, contracted: boolean): TaskOrigin {
  if (contracted) return enterpriseLed ? (random.chance(0.75) ? 'enterprise' : 'province') : random.chance(0.6) ? 'ministry' : 'province';
  const ticket = random.next();
  return ticket < 0.35 ? 'ministry' : ticket < 0.7 ? 'province' : ticket < 0.95 ? 'enterprise' : 'agency-unit';
}

/** The demo programme's task records, the same every run for a seed. */
export function demoProgrammeTasks(seed = 2019): DemoProgrammeTask[] {
  const random = seededRandom(seed);
  const records: DemoProgrammeTask[] = [];
  const record = (enterpriseLed: boolean, origin: TaskOrigin, steps: Step[], extra: Pick<DemoProgrammeTask, 'budget' | 'contract' | 'reports'>) => {
    const id = `demo-task-${String(records.length + 1).padStart(3, '0')}`;
    const theme = pickTheme(random);
    const provinceCode = random.pick(demoProvinceCodes);
    records.push({ id, ...theme, origin, enterpriseLed, provinceCode, history: play(id, steps, `${id}-lead`), ...extra });
  };

  const a = Array.from({ length: 11 }, () => appraisedIn2019(random));
  const b = Array.from({ length: 19 }, (_, i) => acceptedIn2019(random, i));
  const c = Array.from({ length: 16 }, (_, i) => inProgress(random, i));
  const led = (tasks: Contracted[], enterprise: boolean) => tasks.filter((t) => t.enterpriseLed === enterprise);
  const contracted = [...a, ...led(b, true), ...led(c, true), ...led(b, false), ...led(c, false), terminated(random)];
  // Units of 0.1 bn: the 11 appraised in 2019, the 21 other enterprise-led tasks, the 15 led by institutes and universities.
  const money = [...spread(random, 11, 5280, 1300), ...spread(random, 21, 5240, 1624), ...spread(random, 15, 3000, 1376)];
  contracted.forEach((task, i) => {
    const amounts = contractedBudget(random, money[i][0], money[i][1], task.term);
    const budget = { proposed: inflated(random, amounts), appraised: amounts, contracted: amounts };
    record(task.enterpriseLed, originOf(random, task.enterpriseLed, true), task.steps, { budget, contract: task.term, reports: reportsOf(random, task) });
  });

  const proposal = (steps: Step[]) => {
    const enterpriseLed = random.chance(0.4);
    const start = `${yearOf(steps[0].on) + 1}-01-01`;
    const budget = { proposed: proposalBudget(random, { startOn: start, months: random.pick([24, 36]) }), appraised: null, contracted: null };
    record(enterpriseLed, originOf(random, enterpriseLed, false), steps, { budget, contract: null, reports: [] });
  };
  // 16 taken to identification councils in 2019, with their outcomes by the end of the year.
  const outcomes: TaskAction[][] = [
    ...Array.from({ length: 5 }, () => ['decline'] as TaskAction[]),
    ...Array.from({ length: 4 }, () => ['identify'] as TaskAction[]),
    ...Array.from({ length: 3 }, () => ['identify', 'open-selection'] as TaskAction[]),
    ...Array.from({ length: 2 }, () => ['identify', 'assign-directly'] as TaskAction[]),
    ...Array.from({ length: 2 }, () => ['identify', 'assign-directly', 'start-appraisal'] as TaskAction[]),
  ];
  for (const outcome of outcomes) {
    const early = forward(random, between(random, '2018-06-01', '2018-11-30'), ['submit', 'declare-admissible'], [20, 40]);
    proposal([...early, ...forward(random, between(random, '2019-02-01', '2019-06-15'), ['send-to-council', ...outcome], [15, 30])]);
  }
  const older = (actions: TaskAction[], from: IsoDate, to: IsoDate) => proposal(forward(random, between(random, from, to), actions, [20, 45]));
  for (let i = 0; i < 100; i++) older(['submit', 'declare-inadmissible'], '2012-03-01', '2019-10-31');
  for (let i = 0; i < 80; i++) older([...toCouncil, 'decline'], '2012-03-01', '2018-03-31');
  for (let i = 0; i < 15; i++) older([...toCouncil, 'identify', 'open-selection', 'decline'], '2012-03-01', '2017-06-30');
  for (let i = 0; i < 10; i++) older([...toCouncil, 'identify', 'assign-directly', 'start-appraisal', 'decline'], '2012-03-01', '2017-06-30');
  for (let i = 0; i < 10; i++) older(['submit', 'withdraw'], '2013-01-01', '2019-09-30');
  for (let i = 0; i < 10; i++) older([...toCouncil, 'identify', 'withdraw'], '2012-03-01', '2017-06-30');
  for (let i = 0; i < 10; i++) older(['submit'], '2019-10-01', '2019-12-20');
  return records;
}
