import { describe, expect, it } from 'vitest';
import { programmeFigures, type ProgrammeTaskRecord } from './programme-figures.js';
import type { TaskAction, TaskStatus } from './task-states.js';

const bn = (n: number) => n * 1_000_000_000;
const steps = (...list: Array<[TaskAction, TaskStatus, string]>) => list.map(([action, to, day]) => ({ action, to, at: new Date(`${day}T09:00:00Z`) }));
const toContract: Array<[TaskAction, TaskStatus, string]> = [
  ['submit', 'submitted', '2017-02-01'],
  ['declare-admissible', 'admissible', '2017-03-01'],
  ['send-to-council', 'identification', '2017-05-01'],
  ['identify', 'identified', '2017-06-01'],
  ['assign-directly', 'assigned', '2017-07-01'],
  ['start-appraisal', 'appraisal', '2017-08-01'],
  ['approve-appraisal', 'appraised', '2017-09-01'],
  ['sign-contract', 'in-progress', '2017-10-01'],
];
const record = (id: string, extra: Partial<ProgrammeTaskRecord>): ProgrammeTaskRecord => ({
  id,
  origin: 'enterprise',
  enterpriseLed: true,
  sectorCode: 'C',
  provinceCode: '40',
  history: [],
  budget: { proposed: [], appraised: null, contracted: null },
  reports: [],
  ...extra,
});
const contracted = [
  { year: 2018, source: 'state' as const, amountVnd: bn(3) },
  { year: 2018, source: 'counterpart' as const, amountVnd: bn(5) },
  { year: 2019, source: 'counterpart' as const, amountVnd: bn(2) },
];

const records: ProgrammeTaskRecord[] = [
  record('enterprise-task', {
    history: steps(...toContract, ['record-inspection', 'in-progress', '2019-04-01']),
    budget: { proposed: contracted, appraised: contracted, contracted },
    reports: [
      { dueOn: '2019-06-30', remindOn: ['2019-06-16'], filedOn: '2019-06-20' },
      { dueOn: '2019-12-15', remindOn: ['2019-12-01'], filedOn: null },
      { dueOn: '2020-01-10', remindOn: ['2019-12-27'], filedOn: null },
    ],
  }),
  record('institute-task', {
    origin: 'ministry',
    enterpriseLed: false,
    sectorCode: 'A',
    provinceCode: '01',
    history: steps(...toContract, ['request-acceptance', 'acceptance', '2019-05-01'], ['record-acceptance', 'accepted', '2019-07-01']),
    budget: { proposed: [], appraised: null, contracted: [{ year: 2018, source: 'state', amountVnd: bn(2) }] },
  }),
  record('new-proposal', {
    origin: 'province',
    history: steps(
      ['submit', 'submitted', '2019-03-01'],
      ['declare-admissible', 'admissible', '2019-04-01'],
      ['send-to-council', 'identification', '2019-05-01'],
    ),
  }),
  record('draft', { history: [] }),
  record('appraised-in-2019', {
    history: steps(...toContract.slice(0, 6).map(([a, s, d]): [TaskAction, TaskStatus, string] => [a, s, d.replace('2017', '2019')]), [
      'approve-appraisal',
      'appraised',
      '2019-09-01',
    ]),
    budget: {
      proposed: contracted,
      appraised: [
        { year: 2020, source: 'state', amountVnd: bn(1) },
        { year: 2020, source: 'other', amountVnd: bn(4) },
      ],
      contracted: null,
    },
  }),
];

describe('programme figures', () => {
  const figures = programmeFigures(records, { year: 2019, asOf: new Date('2019-12-31T23:59:59Z') });

  it('counts proposals (not drafts), tasks (contracted), states and breakdowns', () => {
    expect([figures.proposals, figures.tasks]).toEqual([4, 2]);
    expect(figures.byStatus).toMatchObject({ 'in-progress': 1, accepted: 1, identification: 1, appraised: 1, draft: 0 });
    expect(figures.byOrigin).toEqual([
      { origin: 'ministry', proposals: 1, tasks: 1 },
      { origin: 'province', proposals: 1, tasks: 0 },
      { origin: 'enterprise', proposals: 2, tasks: 1 },
      { origin: 'agency-unit', proposals: 0, tasks: 0 },
    ]);
    expect(figures.bySector).toEqual([
      { code: 'C', proposals: 3, tasks: 1 },
      { code: 'A', proposals: 1, tasks: 1 },
    ]);
  });

  it('sums the contracted budget by year and source, the state share and the enterprises’ share of it', () => {
    expect(figures.budget.byYear).toEqual([
      { year: 2018, state: bn(5), counterpart: bn(5), other: 0, total: bn(10) },
      { year: 2019, state: 0, counterpart: bn(2), other: 0, total: bn(2) },
    ]);
    expect(figures.budget.stateShare).toBeCloseTo(5 / 12);
    expect(figures.enterpriseShareOfState).toBeCloseTo(3 / 5);
    expect(figures.enterpriseShareOfTasks).toBe(0.5);
  });

  it('reports the year’s activity and the reports due and overdue', () => {
    expect(figures.year).toEqual({
      year: 2019,
      submitted: 2,
      toCouncil: 2,
      contracted: 0,
      inspected: 1,
      accepted: 1,
      reportsFiled: 1,
      appraised: { count: 1, totalVnd: bn(5), stateVnd: bn(1), enterpriseLed: { count: 1, totalVnd: bn(5), stateVnd: bn(1) } },
    });
    expect(figures.reports).toEqual({ dueSoon: 1, overdue: 1, tasksWithOverdue: 1 });
  });

  it('reads the records as they stood at an earlier date', () => {
    const earlier = programmeFigures(records, { year: 2018, asOf: new Date('2018-12-31T23:59:59Z') });
    expect([earlier.proposals, earlier.tasks, earlier.year.accepted, earlier.acceptedToDate]).toEqual([2, 2, 0, 0]);
    expect(earlier.byStatus['in-progress']).toBe(2);
  });
});
