import { describe, expect, it } from 'vitest';
import { programmeFigures } from '../../../domain/programmes/programme-figures.js';
import { validateBudget } from '../../../domain/programmes/budget-validation.js';
import { termYears } from '../../../domain/programmes/dates.js';
import { DEMO_PROGRAMME_AS_OF, demoProgrammeTasks, programme2019 } from './demo-tasks.js';

describe('demo programme tasks', () => {
  const records = demoProgrammeTasks();
  const figures = programmeFigures(records, { year: 2019, asOf: DEMO_PROGRAMME_AS_OF });

  it('reproduces the 2019 review figures when fed to the dashboard aggregation', () => {
    expect(figures.proposals).toBe(programme2019.proposals);
    expect(figures.tasks).toBe(programme2019.tasks);
    expect(figures.budget.bySource.total).toBe(programme2019.totalVnd);
    expect(figures.budget.bySource.state).toBe(programme2019.stateVnd);
    expect(Math.round(figures.enterpriseShareOfState * 100) / 100).toBe(programme2019.enterpriseShareOfState);
    expect(Math.round(figures.enterpriseShareOfTasks * 100) / 100).toBe(programme2019.enterpriseShareOfState);
    expect(figures.year.toCouncil).toBe(programme2019.toCouncil);
    expect(figures.year.appraised.enterpriseLed).toEqual(programme2019.appraisedEnterpriseLed);
    expect(figures.year.appraised.count).toBe(programme2019.appraisedEnterpriseLed.count);
    expect(figures.year.inspected).toBe(programme2019.inspected);
    expect(figures.year.accepted).toBe(programme2019.accepted);
    expect(figures.acceptedToDate).toBe(programme2019.accepted);
  });

  it('is the same every run, and its breakdowns add up', () => {
    expect(demoProgrammeTasks()).toEqual(records);
    expect(Object.values(figures.byStatus).reduce((s, n) => s + n, 0)).toBe(figures.proposals);
    expect(figures.byOrigin.reduce((s, o) => s + o.tasks, 0)).toBe(figures.tasks);
    expect(figures.budget.byYear.reduce((s, y) => s + y.total, 0)).toBe(programme2019.totalVnd);
    expect(figures.reports.tasksWithOverdue).toBe(3);
  });

  it('gives every task a budget that passes validation within its term', () => {
    for (const task of records) {
      const term = task.contract ? termYears(task.contract.startOn, task.contract.months) : null;
      for (const amounts of [task.budget.proposed, task.budget.appraised, task.budget.contracted]) {
        if (!amounts) continue;
        const years = term ?? { firstYear: Math.min(...amounts.map((a) => a.year)), lastYear: Math.max(...amounts.map((a) => a.year)) };
        expect(validateBudget({ totalVnd: null, stateVnd: null, lines: amounts }, years), task.id).toEqual([]);
      }
    }
  });
});
