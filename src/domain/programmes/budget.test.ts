import { describe, expect, it } from 'vitest';
import { amountAt, budgetAt, reviseLine, type BudgetLine, type BudgetStage } from './budget-lines.js';
import { budgetChanges, budgetTotals } from './budget-totals.js';
import { validateBudget, type BudgetInput } from './budget-validation.js';
import { termYears } from './dates.js';

const bn = (n: number) => n * 1_000_000_000;
const who = { by: 'appraiser', at: new Date('2019-06-01T00:00:00Z') };

function line(id: string, year: number, source: BudgetLine['source'], proposed: number): BudgetLine {
  return {
    id,
    year,
    source,
    item: `item ${id}`,
    versions: [{ stage: 'proposed', version: 1, amountVnd: proposed, by: 'proposer', at: new Date('2019-01-01T00:00:00Z'), note: null }],
  };
}

function revise(l: BudgetLine, stage: BudgetStage, amount: number): BudgetLine {
  const result = reviseLine(l, stage, amount, who);
  if (!result.ok) throw new Error(result.problem.key);
  return result.line;
}

const twoYears = termYears('2019-07-01', 24);
const valid: BudgetInput = {
  totalVnd: bn(10),
  stateVnd: bn(3),
  lines: [
    { year: 2019, source: 'state', item: 'equipment', amountVnd: bn(2) },
    { year: 2020, source: 'state', item: 'equipment', amountVnd: bn(1) },
    { year: 2019, source: 'counterpart', item: 'equipment', amountVnd: bn(5) },
    { year: 2021, source: 'other', item: 'bank loan', amountVnd: bn(2) },
  ],
};

describe('budget validation', () => {
  it('accepts a budget whose lines fall in the term and add up to the declared totals', () => {
    expect(twoYears).toEqual({ firstYear: 2019, lastYear: 2021 });
    expect(validateBudget(valid, twoYears)).toEqual([]);
  });

  it('names the line of a negative or fractional amount and of a year outside the term', () => {
    const lines = [...valid.lines];
    lines[1] = { ...lines[1], amountVnd: -5 };
    lines[2] = { ...lines[2], year: 2022 };
    lines[3] = { ...lines[3], amountVnd: 1.5 };
    expect(validateBudget({ ...valid, lines }, twoYears)).toEqual([
      { path: 'lines[1].amountVnd', key: 'negative_amount' },
      { path: 'lines[2].year', key: 'year_outside_term' },
      { path: 'lines[3].amountVnd', key: 'not_whole_vnd' },
    ]);
  });

  it('refuses a state budget larger than the total, naming stateVnd', () => {
    const problems = validateBudget({ ...valid, totalVnd: bn(2), stateVnd: bn(3) }, twoYears);
    expect(problems).toContainEqual({ path: 'stateVnd', key: 'state_exceeds_total' });
    expect(problems).toContainEqual({ path: 'totalVnd', key: 'total_differs_from_lines' });
  });

  it('refuses declared totals that disagree with the lines, and a line entered twice', () => {
    expect(validateBudget({ ...valid, stateVnd: bn(4) }, twoYears)).toEqual([{ path: 'stateVnd', key: 'state_differs_from_lines' }]);
    const twice = { ...valid, totalVnd: null, stateVnd: null, lines: [...valid.lines, { ...valid.lines[0], item: ' Equipment ' }] };
    expect(validateBudget(twice, twoYears)).toEqual([{ path: 'lines[4]', key: 'duplicate_line' }]);
  });
});

describe('budget lines and totals', () => {
  it('keeps every version and carries untouched lines forward from one stage to the next', () => {
    const cut = revise(revise(line('a', 2019, 'state', bn(5)), 'appraised', bn(4)), 'appraised', bn(3.5));
    expect(cut.versions.map((v) => [v.stage, v.version])).toEqual([
      ['proposed', 1],
      ['appraised', 2],
      ['appraised', 3],
    ]);
    expect(amountAt(cut, 'proposed')).toBe(bn(5));
    expect(amountAt(cut, 'contracted')).toBe(bn(3.5));
    const untouched = line('b', 2019, 'counterpart', bn(7));
    expect(amountAt(untouched, 'appraised')).toBe(bn(7));
  });

  it('refuses to re-propose an appraised line or to take a negative amount', () => {
    const appraised = revise(line('a', 2019, 'state', bn(5)), 'appraised', bn(4));
    expect(reviseLine(appraised, 'proposed', bn(6), who)).toEqual({ ok: false, problem: { path: 'stage', key: 'stage_closed' } });
    expect(reviseLine(appraised, 'contracted', -1, who)).toEqual({ ok: false, problem: { path: 'amountVnd', key: 'negative_amount' } });
  });

  it('totals by year and source, and shows what the appraisal cut line by line', () => {
    const lines = [
      revise(line('a', 2019, 'state', bn(5)), 'appraised', bn(4)),
      line('b', 2019, 'counterpart', bn(6)),
      revise(line('c', 2020, 'state', bn(3)), 'appraised', bn(2)),
      revise(line('d', 2020, 'other', bn(1)), 'appraised', 0),
    ];
    const totals = budgetTotals(budgetAt(lines, 'appraised'));
    expect(totals.byYear).toEqual([
      { year: 2019, state: bn(4), counterpart: bn(6), other: 0, total: bn(10) },
      { year: 2020, state: bn(2), counterpart: 0, other: 0, total: bn(2) },
    ]);
    expect(totals.stateShare).toBe(0.5);
    const changes = budgetChanges(lines);
    expect(changes.lines.map((c) => [c.lineId, c.changeVnd])).toEqual([
      ['a', -bn(1)],
      ['b', 0],
      ['c', -bn(1)],
      ['d', -bn(1)],
    ]);
    expect(changes.bySource.state).toEqual({ fromVnd: bn(8), toVnd: bn(6) });
    expect([changes.fromVnd, changes.toVnd]).toEqual([bn(15), bn(12)]);
  });
});
