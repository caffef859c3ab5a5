import { describe, expect, it } from 'vitest';
import { defaultTaskScoringForm, validateRules, type ScoringForm } from './scoring-forms.js';

const weighted: ScoringForm = {
  id: 'weighted',
  criteria: [
    { key: 'innovation', maxPoints: 10, weight: 0.6, minPoints: null },
    { key: 'spread', maxPoints: 10, weight: 0.4, minPoints: null },
  ],
  passTotal: 7,
};

describe('a council’s rules beyond its form', () => {
  it('accepts the default form on a 100-point scale, and weights whose products add up to the scale', () => {
    expect(validateRules(defaultTaskScoringForm, 100, 'feasibility')).toEqual([]);
    expect(validateRules(weighted, 10, null)).toEqual([]);
  });

  it('names the criteria when their weighted maximum misses the scale', () => {
    expect(validateRules(defaultTaskScoringForm, 90, null)).toEqual([{ path: 'criteria', key: 'weights_do_not_sum' }]);
  });

  it('names a pass mark above the scale and a tie-break that is not a criterion', () => {
    expect(validateRules({ ...weighted, passTotal: 11 }, 10, 'beauty')).toEqual([
      { path: 'passTotal', key: 'above_maximum' },
      { path: 'tieBreak', key: 'unknown_criterion' },
    ]);
  });
});
