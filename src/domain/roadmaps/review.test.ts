import { describe, expect, it } from 'vitest';
import { reviewState } from './review.js';

describe('reviewState', () => {
  it('flags a roadmap past its review date, and reminds in the weeks before', () => {
    expect(reviewState('2027-06-30', '2027-07-01')).toBe('overdue');
    expect(reviewState('2027-06-30', '2027-06-30')).toBe('due-soon');
    expect(reviewState('2027-06-30', '2027-05-31')).toBe('due-soon');
    expect(reviewState('2027-06-30', '2027-05-30')).toBe('scheduled');
    expect(reviewState('2027-06-30', '2027-06-01', 7)).toBe('scheduled');
    expect(reviewState(null, '2027-06-01')).toBe('none');
  });
});
